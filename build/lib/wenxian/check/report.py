"""Printing ``wenxian check`` findings: grouped by file for people, JSON for CI."""

from __future__ import annotations

import json
from itertools import groupby

from wenxian.check.findings import Finding, Severity


def counts(findings: list[Finding]) -> tuple[int, int]:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    return errors, len(findings) - errors


def human(findings: list[Finding]) -> str:
    out: list[str] = []
    for file, group in groupby(findings, key=lambda f: f.file):
        out.append(file)
        for f in group:
            where = f"{f.line or 0}:{f.column or 0}"
            out.append(f"  {where:>8}  {f.severity.value:<7}  {f.message}  [{f.code}]")
            if f.hint:
                out.append(f"  {'':>8}  hint: {f.hint}")
    errors, warnings = counts(findings)
    out.append(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    return "\n".join(out) + "\n"


def as_json(findings: list[Finding]) -> str:
    errors, warnings = counts(findings)
    data = {"errors": errors, "warnings": warnings, "findings": [f.as_dict() for f in findings]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
