"""Script conversion: one Simplified source, Simplified and Traditional output.

- :mod:`wenxian.script.policy` — what a variant of the site converts and how
  (configuration as data, from ``conf/conf.py``).
- :mod:`wenxian.script.phrases` — the project phrase table, applied with
  longest match before OpenCC.
- :mod:`wenxian.script.convert` — the converter: OpenCC, phrase table,
  quotation/title protection in phrase mode, quotation marks.
- :mod:`wenxian.script.simplified` — which characters are Simplified-only.
- :mod:`wenxian.script.check` — the check of a built Traditional site.
- :mod:`wenxian.script.jiebadict` — jieba's dictionary in the variant's
  script, cached.

The Sphinx side lives in :mod:`wenxian.sphinxext.script`.
"""
