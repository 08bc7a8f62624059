"""``wenxian serve``: a live preview of the sites on localhost.

Builds every script variant (as ``wenxian build site``), serves
``_build/site/`` over HTTP and watches ``source/``, ``refs.bib`` and
``conf/``: on a change it rebuilds (Sphinx re-reads only what changed) and
every open page reloads itself. The pages get a small script that asks
``/__wenxian__/version`` once a second and reloads when the number changes;
nothing is added to the built files. Standard library only: a polling
watcher and ``http.server`` (sphinx-autobuild serves one Sphinx output
folder, this serves both scripts and the landing page).
"""

from __future__ import annotations

import argparse
import http.server
import sys
import threading
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from wenxian.build import DEFAULT_VARIANTS, SITE_VARIANTS, build_sites
from wenxian.errors import WenxianError
from wenxian.project import Project, find_project

VERSION_PATH = "/__wenxian__/version"
RELOAD_SCRIPT = (
    "<script>(function(){var v=null;setInterval(function(){fetch('" + VERSION_PATH + "',"
    "{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){"
    "if(v!==null&&t!==v){location.reload()}v=t}).catch(function(){})},1000)})();</script>"
)
IGNORED_PARTS = ("_build", "__pycache__")

EPILOG = """\
examples:
  wenxian serve                     # http://127.0.0.1:8000/
  wenxian serve --port 8080 --variant zh-Hans
"""


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "serve",
        help="live preview: build, serve on localhost, rebuild and reload on changes",
        description="Build the sites, serve _build/site/ on localhost and rebuild on any "
        "change under source/, refs.bib or conf/; open pages reload themselves.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="default: %(default)s")
    parser.add_argument("--port", type=int, default=8000,
                        help="default: %(default)s (0: any free port)")
    parser.add_argument("--variant", action="append", choices=sorted(SITE_VARIANTS),
                        help="build only this variant (repeatable; default: zh-Hans and zh-Hant)")
    parser.add_argument("--interval", type=float, default=0.5, metavar="SECONDS",
                        help="how often to look for changes (default: %(default)s)")
    parser.add_argument("--project", metavar="DIR", help="the project folder")
    parser.set_defaults(func=run)


def snapshot(project: Project) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every watched file."""
    paths: list[Path] = []
    for folder in (project.source, project.conf):
        if folder.is_dir():
            paths += [p for p in folder.rglob("*") if p.is_file()
                      and not any(part in IGNORED_PARTS for part in p.parts)]
    if project.bib.is_file():
        paths.append(project.bib)
    out = {}
    for path in sorted(paths):
        try:
            stat = path.stat()
        except FileNotFoundError:
            continue
        out[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return out


@dataclass
class LiveSite:
    """The build state the server and the watcher share."""

    project: Project
    variants: tuple[str, ...]
    version: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def rebuild(self) -> None:
        start = time.perf_counter()
        try:
            build_sites(self.project, self.variants, echo=False)
        except WenxianError as err:
            print(err.format(), file=sys.stderr, flush=True)
            return
        with self.lock:
            self.version += 1
        print(f"rebuilt in {time.perf_counter() - start:.1f} s (version {self.version})", flush=True)

    def watch(self, interval: float, stop: threading.Event) -> None:
        seen = snapshot(self.project)
        while not stop.wait(interval):
            now = snapshot(self.project)
            if now != seen:
                changed = sorted(set(now.items()) ^ set(seen.items()))
                print(f"changed: {', '.join(sorted({c[0] for c in changed}))}", flush=True)
                seen = now
                self.rebuild()
                seen = snapshot(self.project)


class Handler(http.server.SimpleHTTPRequestHandler):
    site: LiveSite

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base's name
        pass

    def do_GET(self) -> None:
        if self.path == VERSION_PATH:
            body = str(self.site.version).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            self._html(path)
            return
        super().do_GET()

    def _html(self, path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        text = text.replace("</body>", RELOAD_SCRIPT + "</body>", 1)
        body = text.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def run(args: argparse.Namespace) -> int:
    project = find_project(args.project)
    variants = tuple(dict.fromkeys(args.variant)) if args.variant else DEFAULT_VARIANTS
    site = LiveSite(project, variants)
    print("building…", flush=True)
    build_sites(project, variants, echo=False)
    handler = type("LiveHandler", (Handler,), {"site": site})
    try:
        server = http.server.ThreadingHTTPServer(
            (args.host, args.port), partial(handler, directory=str(project.site)))
    except OSError as err:
        raise WenxianError(f"cannot listen on {args.host}:{args.port}: {err.strerror}",
                           hint="choose another --port (0 picks a free one)") from None
    stop = threading.Event()
    watcher = threading.Thread(target=site.watch, args=(args.interval, stop), daemon=True)
    watcher.start()
    host, port = server.server_address[:2]
    print(f"serving http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        stop.set()
        server.server_close()
    return 0
