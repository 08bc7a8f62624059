"""Run Sphinx on a project: the step from MyST sources to a site.

One site per script: ``_build/site/zh-Hans/`` and ``_build/site/zh-Hant/``
(and ``zh-HK`` on request), each complete, plus ``_build/site/index.html``, a
landing page linking them that sends a browser to the one matching its
language. Each variant gets its own output and doctree folder, so builds are
incremental per variant; each runs in its own process (Sphinx's translations
and jieba's dictionary are global state), side by side when the machine has
the cores. A Traditional site is checked for Simplified-only characters
(:mod:`wenxian.script.check`) before it counts as built.

PDF handouts (:mod:`wenxian.pdf`): ``_build/site/pdf/<article>.<variant>.pdf``,
each variant's in its own process too, beside the sites when built together
(:func:`build_outputs`).

:func:`build_outputs` (``wenxian build``, ``wenxian serve``) never loses the
published site: it builds into a staging copy swapped in only when the whole
build succeeded, one build per project at a time (:mod:`wenxian.publish`).
"""

from __future__ import annotations

import html
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from wenxian.errors import WenxianError
from wenxian.fsutil import atomic_write_text
from wenxian.pdf import HANDOUT_STYLE, PdfResult, build_pdfs, has_handouts
from wenxian.project import Project
from wenxian.publish import pause_point, published_path, staged_build
from wenxian.sphinxrun import run_sphinx
from wenxian.script.policy import AUTONYMS, SOURCE_SCRIPT

# Variants of the site: output folder name (its BCP 47 tag, also the pages'
# lang) → Sphinx settings that differ. How each converts is configured in
# conf/conf.py (wenxian_script_variants).
SITE_VARIANTS: dict[str, dict[str, str]] = {
    "zh-Hans": {"language": "zh_CN", "wenxian_script": "zh-Hans"},
    "zh-Hant": {"language": "zh_TW", "wenxian_script": "zh-Hant"},
    "zh-HK": {"language": "zh_HK", "wenxian_script": "zh-HK"},
}
# What `wenxian build` builds unless told otherwise.
DEFAULT_VARIANTS: tuple[str, ...] = ("zh-Hans", "zh-Hant")


@dataclass
class BuildResult:
    variant: str
    outdir: Path
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def index(self) -> Path:
        return self.outdir / "index.html"


def check_project(project: Project) -> None:
    """Refuse early, with a fix, when the project lacks what a build needs."""
    if not (project.conf / "conf.py").is_file():
        raise WenxianError(
            "the project has no Sphinx configuration",
            file=project.conf / "conf.py",
            hint="restore conf/conf.py (see the README), or run wenxian inside a project",
        )
    if not (project.source / "index.md").is_file():
        raise WenxianError(
            "the project has no start page",
            file=project.source / "index.md",
            hint="create source/index.md with a toctree listing the articles",
        )
    from wenxian.check.rules import refuse_broken_input

    refuse_broken_input(project)
    check_writable(project)


def check_writable(project: Project) -> None:
    """Refuse, before building, when a folder the build writes in is not writable."""
    folders = [project.root] if not project.build.exists() else [project.build]
    if project.site.is_dir():
        folders += [project.site, *sorted(p for p in project.site.rglob("*") if p.is_dir())]
    for folder in folders:
        if not os.access(folder, os.W_OK | os.X_OK):
            raise WenxianError(
                "the output folder is not writable: Permission denied",
                file=folder,
                hint=f"make it writable (chmod -R u+w {folder}) or remove it, then build again; "
                "the published site was left as it is",
            )


def _check_variants(variants: tuple[str, ...] | list[str]) -> None:
    for variant in variants:
        if variant not in SITE_VARIANTS:
            raise WenxianError(
                f"unknown site variant {variant!r}",
                hint=f"choose one of: {', '.join(SITE_VARIANTS)}",
            )
    if not variants:
        raise WenxianError("no site variant to build", hint=f"choose among: {', '.join(SITE_VARIANTS)}")


def build_site(
    project: Project,
    variant: str = "zh-Hans",
    *,
    strict: bool = False,
    fresh: bool = False,
    jobs: int | str = 1,
    echo: bool = True,
    variants: tuple[str, ...] = DEFAULT_VARIANTS,
    checked: bool = False,
) -> BuildResult:
    """Build one variant of the static site into ``_build/site/<variant>/``.

    ``variants`` are the sites built together (the page switcher links them);
    ``checked``: the caller already ran :func:`check_project`.
    """
    if not checked:
        check_project(project)
    _check_variants([variant, *variants])
    start = time.perf_counter()
    outdir = project.site / variant
    settings = {
        **SITE_VARIANTS[variant],
        "wenxian_site_variants": ",".join(variants),
        "wenxian_cache_dir": str(project.build / "cache"),
    }
    warnings = run_sphinx(
        project, "html", outdir, project.build / "doctrees" / variant, settings,
        strict=strict, fresh=fresh, jobs=jobs, echo=echo, what=f"the {variant} site",
    )
    if variant != SOURCE_SCRIPT:
        from wenxian.script.check import check_site

        check_site(outdir, variant)
    pause_point("mid-write")
    return BuildResult(variant=variant, outdir=outdir, warnings=warnings, seconds=time.perf_counter() - start)


def build_pdf(
    project: Project,
    variant: str = "zh-Hans",
    *,
    strict: bool = False,
    fresh: bool = False,
    echo: bool = True,
    checked: bool = False,
) -> PdfResult:
    """Build every article's PDF in one variant into ``_build/site/pdf/``."""
    if not checked:
        check_project(project)
    _check_variants([variant])
    check_pdf_setup(project)
    settings = {**SITE_VARIANTS[variant], "wenxian_cache_dir": str(project.build / "cache")}
    result = build_pdfs(project, variant, settings, strict=strict, fresh=fresh)
    if echo:
        for line in result.warnings:
            print(line, file=sys.stderr)
    return result


def makes_pdfs(project: Project) -> bool:
    """Whether the project has PDF handouts: its ``conf/latex/`` holds their look."""
    return has_handouts(project.conf)


def check_pdf_setup(project: Project) -> None:
    if not makes_pdfs(project):
        raise WenxianError(
            "the project has no PDF handout style",
            file=project.conf / "latex" / HANDOUT_STYLE,
            hint="copy conf/latex/ and the 'PDF handouts' block of conf/conf.py from a wenxian project (see docs/pdf.md)",
        )


# What a worker builds: a site (HTML) or the PDFs of a variant.
BUILDERS = {"site": build_site, "pdf": build_pdf}


def _build_in_child(
    project: Project, kind: str, variant: str, options: dict
) -> tuple[BuildResult | PdfResult | None, dict | None]:
    """Run :func:`build_site` or :func:`build_pdf` in a worker process; errors come back as data."""
    try:
        # build_outputs checked the project once for all of them.
        return BUILDERS[kind](project, variant, echo=False, checked=True, **options), None
    except WenxianError as err:
        return None, {k: getattr(err, k) for k in ("message", "file", "line", "column", "hint", "exit_code")}


def parallel_workers(count: int) -> int:
    """How many variants to build at once: one per core, at most ``count``."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(count, cores))


@dataclass
class Outputs:
    """What :func:`build_outputs` made: sites and PDFs, each list in variant order."""

    sites: list[BuildResult] = field(default_factory=list)
    pdfs: list[PdfResult] = field(default_factory=list)


def build_outputs(
    project: Project,
    variants: tuple[str, ...] = DEFAULT_VARIANTS,
    *,
    sites: bool = True,
    pdfs: bool = True,
    strict: bool = False,
    fresh: bool = False,
    jobs: int | str = 1,
    parallel: bool = True,
    echo: bool = True,
) -> Outputs:
    """Build the sites and PDFs of every variant, each in its own process, and the landing page.

    Published as a whole or not at all (:mod:`wenxian.publish`): the builds
    write into a staging copy of ``_build/site/`` that replaces it only when
    every one succeeded; one build per project at a time (a lock).
    """
    check_project(project)
    _check_variants(variants)
    if pdfs:
        check_pdf_setup(project)
    with staged_build(project) as (staged, stale):
        outputs = _build_all(
            staged, variants, sites=sites, pdfs=pdfs, strict=strict, fresh=fresh or stale,
            jobs=jobs, parallel=parallel, echo=echo,
        )
    for result in outputs.sites:
        result.outdir = published_path(project, result.outdir)
    for pdf_result in outputs.pdfs:
        pdf_result.pdfs = [published_path(project, pdf) for pdf in pdf_result.pdfs]
    return outputs


def _build_all(
    project: Project,
    variants: tuple[str, ...],
    *,
    sites: bool,
    pdfs: bool,
    strict: bool,
    fresh: bool,
    jobs: int | str,
    parallel: bool,
    echo: bool,
) -> Outputs:
    """The builds of :func:`build_outputs`, into ``project.site`` (the staging copy)."""
    site_options = {"strict": strict, "fresh": fresh, "jobs": jobs, "variants": tuple(variants)}
    pdf_options = {"strict": strict, "fresh": fresh}
    tasks = [("site", v, site_options) for v in variants if sites] + [("pdf", v, pdf_options) for v in variants if pdfs]
    workers = parallel_workers(len(tasks)) if parallel else 1
    # fork: the worker inherits the imported package instead of importing it again.
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=max(1, workers), mp_context=context) as pool:
        futures = [pool.submit(_build_in_child, project, kind, variant, options) for kind, variant, options in tasks]
        outcomes = [future.result() for future in futures]
    outputs = Outputs()
    for result, error in outcomes:
        if echo and result is not None:
            for line in result.warnings:
                print(line, file=sys.stderr)
        if error is not None:
            raise WenxianError(**error)
        if isinstance(result, PdfResult):
            outputs.pdfs.append(result)
        else:
            outputs.sites.append(result)  # type: ignore[arg-type]
    if sites:
        write_landing_page(project.site, variants)
        write_root_sitemap(project.site, variants)
    return outputs


def build_sites(
    project: Project,
    variants: tuple[str, ...] = DEFAULT_VARIANTS,
    *,
    strict: bool = False,
    fresh: bool = False,
    jobs: int | str = 1,
    parallel: bool = True,
    echo: bool = True,
) -> list[BuildResult]:
    """Build every variant's site (each in its own process) and the landing page."""
    return build_outputs(
        project, variants, pdfs=False, strict=strict, fresh=fresh, jobs=jobs, parallel=parallel, echo=echo
    ).sites


def landing_page(variants: tuple[str, ...] | list[str]) -> str:
    """``_build/site/index.html``: links to each variant; a browser goes to its language's."""
    alternates = "".join(
        f'  <link rel="alternate" hreflang="{v}" href="{v}/index.html" />\n' for v in variants
    )
    links = "".join(
        f'    <li><a href="{v}/index.html" hreflang="{v}" lang="{v}">{html.escape(AUTONYMS.get(v, v))}</a></li>\n'
        for v in variants
    )
    traditional = [v for v in variants if v != SOURCE_SCRIPT]
    known = ", ".join(f'"{v}"' for v in variants)
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>简体中文 · 繁體中文</title>
  <style>
    body {{ font-family: system-ui, sans-serif; display: grid; place-items: center; min-height: 90vh; margin: 0; }}
    ul {{ list-style: none; padding: 0; display: flex; gap: 2em; font-size: 1.5em; }}
    a {{ color: #1a5fb4; text-decoration: none; border: 1px solid #ccc; border-radius: .4em; padding: .5em 1em; }}
    a:hover {{ background: #f0f4fa; }}
  </style>
{alternates}  <script>
  // Send the browser to the site in its preferred script: zh-TW, zh-HK,
  // zh-MO and zh-Hant read Traditional; other Chinese reads Simplified.
  (function () {{
    var built = [{known}];
    var first = built[0];
    var hant = {('"' + traditional[0] + '"') if traditional else "first"};
    var prefs = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < prefs.length; i++) {{
      var tag = String(prefs[i]).toLowerCase();
      if (tag.indexOf("zh") !== 0) continue;
      var pick = first;
      if (/^zh-(hk|mo)/.test(tag) && built.indexOf("zh-HK") >= 0) pick = "zh-HK";
      else if (/^zh-(hant|tw|hk|mo)/.test(tag)) pick = hant;
      else if (built.indexOf("zh-Hans") >= 0) pick = "zh-Hans";
      window.location.replace(pick + "/index.html" + window.location.hash);
      return;
    }}
  }})();
  </script>
</head>
<body>
  <ul class="wenxian-variants">
{links}  </ul>
</body>
</html>
"""


def write_root_sitemap(site: Path, variants: tuple[str, ...] | list[str]) -> Path | None:
    """``_build/site/sitemap.xml``: each site's sitemap lists every script's pages; the first's, at the root."""
    from wenxian.scholarly.sitemap import SITEMAP_NAME

    path = site / SITEMAP_NAME
    source = next((site / v / SITEMAP_NAME for v in variants if (site / v / SITEMAP_NAME).is_file()), None)
    if source is None:
        path.unlink(missing_ok=True)  # the base URL was unset since the last build
        return None
    atomic_write_text(path, source.read_text(encoding="utf-8"), overwrite=True)
    return path


def write_landing_page(site: Path, variants: tuple[str, ...] | list[str]) -> Path:
    path = site / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, landing_page(variants), overwrite=True)
    return path
