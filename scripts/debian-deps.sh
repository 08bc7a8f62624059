#!/usr/bin/env bash
# Install the Debian packages wenxian needs, if any are missing.
#
# Usage: scripts/debian-deps.sh [GROUP…]   (groups: base, browser, pdf, bench, compare, corpus, wordprocessor; default: base)
#   browser: Debian's Chromium for the browser tests (Playwright drives it;
#   its own browser downloads are never used), a CJK font for screenshots, and
#   npm for axe-core (the accessibility tests; any npm already on PATH will do).
#   pdf: XeLaTeX with xeCJK (texlive-lang-chinese), the LaTeX packages Sphinx's
#   LaTeX builder loads, latexmk, the Noto CJK fonts (Simplified and
#   Traditional), GNU FreeFont for Latin text, poppler-utils for the tests.
#   bench: pandoc (with citeproc), the peer benchmarks/scale_bench.py compares with.
#   compare: the gbt7714 BibTeX package (texlive-bibtex-extra) that
#   benchmarks/realbib_score.py compares `refs format` with (not used by make test).
#   corpus: qpdf, which pins the import corpus's Chromium-printed PDFs (a fixed document id;
#   `make import-corpus` only, with the browser group's chromium; not used by make test).
#   wordprocessor: LibreOffice Writer (headless), which exports the import corpus's word-processor
#   layouts to PDF (`generate.py --word`, a developer's step; the PDFs and texts are committed; not
#   used by make test), with qpdf from the corpus group.
# As root it runs apt-get; otherwise it prints the command to run and fails.
set -euo pipefail

declare -A GROUP_PACKAGES=(
  [base]="make"
  [browser]="chromium fonts-wqy-zenhei npm"
  [bench]="pandoc"
  [compare]="texlive-bibtex-extra"
  [corpus]="qpdf"
  [wordprocessor]="libreoffice-writer-nogui qpdf"
  [pdf]="texlive-xetex texlive-lang-chinese texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended latexmk fonts-noto-cjk fonts-freefont-otf fontconfig poppler-utils"
)

groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(base)

# Not a Debian-like system: nothing to do here; the Makefile's checks speak.
command -v dpkg-query >/dev/null 2>&1 || exit 0

missing=()
# Python with venv and pip: Debian's python3-venv, unless python3 comes from
# elsewhere (pyenv, an image) and already has them.
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3 python3-venv)
for group in "${groups[@]}"; do
  for pkg in ${GROUP_PACKAGES[$group]:?unknown group $group}; do
    [ "$pkg" = npm ] && command -v npm >/dev/null 2>&1 && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "wenxian needs these Debian packages: ${missing[*]}" >&2
  echo "install them with:  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
