# Misused roles: the build warns with the page and line.
extensions = ["myst_parser", "wenxian.sphinxext.script"]
source_suffix = {".md": "markdown"}
