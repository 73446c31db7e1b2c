"""The faust worker: the app, its agents, what they do (flow) and its tables."""
