# A page whose raw HTML carries Simplified text into the Traditional site:
# the build's check must refuse it.
extensions = ["myst_parser", "wenxian.sphinxext.script"]
source_suffix = {".md": "markdown"}
