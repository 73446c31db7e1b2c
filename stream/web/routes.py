"""The page's routes: `/`, its static files, and `/openapi.json`; read-only like the API.

The files ship inside the package and are read once at import: the page needs no build step
and nothing from outside, so it works offline.
"""

from __future__ import annotations

import mimetypes
from importlib.resources import files

from faust.web import Request, Response, View

from stream.web.openapi import openapi_document
from stream.worker.app import app

STATIC = files("stream.web") / "static"
# Files are few and small; a name outside this map is a 404, never a path on disk.
STATIC_FILES: dict[str, bytes] = {
    entry.name: entry.read_bytes() for entry in STATIC.iterdir() if entry.is_file()
}
DOCUMENT = openapi_document()


@app.page("/")
class Page(View):
    async def get(self, request: Request) -> Response:
        return self.bytes(STATIC_FILES["index.html"], content_type="text/html")


@app.page("/static/{name}")
class StaticFile(View):
    async def get(self, request: Request, name: str) -> Response:
        if name not in STATIC_FILES:
            return self.notfound(f"no file {name!r}")
        return self.bytes(STATIC_FILES[name], content_type=content_type(name))


@app.page("/openapi.json")
class OpenApi(View):
    async def get(self, request: Request) -> Response:
        return self.json(DOCUMENT)


def content_type(name: str) -> str:
    """Without a charset (aiohttp refuses one here): the files are UTF-8, which browsers
    assume for modules and for styles of a UTF-8 page."""
    if name.endswith(".js"):
        return "text/javascript"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
