#!/usr/bin/env python3
"""chart-keys.py VERSION CHARTS_DIR > charts-VERSION.json

Reads the Apigee hybrid Helm charts of one release (CHARTS_DIR holds apigee-operator/,
apigee-datastore/, apigee-telemetry/, apigee-redis/, apigee-ingress-manager/,
apigee-org/, apigee-env/, apigee-virtualhost/, as `helm pull` unpacks them) and prints
the overrides.yaml keys that release reads, as JSON: for each key path (lists written
as `name[]`, e.g. `virtualhosts[].sslSecret`), its type from the chart's values.yaml
(string, number, boolean, list, map; `any` when no default says), the charts that
read it and whether a template `required`s it.

Where a key comes from: the paths of every chart's values.yaml (what the chart
documents as settable), the `.Values.a.b` expressions of its templates, including
`range $x := .Values.list` and `$v := .Values.map` variables, the `.values.a.b` of
helpers that receive the values in a dict, and the `set:` blocks of the chart's
helm-unittest files (tests/*_test.yaml), which name keys of templates a copy may lack.

Needs python3 and python3-yaml. Only the standard library and PyYAML are used.
"""
import json
import os
import re
import sys

import yaml

TYPE_OF = {str: "string", int: "number", float: "number", bool: "boolean", list: "list",
           dict: "map", type(None): "any"}


def walk_values(node, path, out, chart):
    """Every path of a values.yaml, with the type of its default."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if path else str(key)
            add(out, child, TYPE_OF.get(type(value), "any"), chart)
            walk_values(value, child, out, chart)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, dict):
                walk_values(item, path + "[]", out, chart)


def add(out, path, kind, chart, required=False):
    entry = out.setdefault(path, {"type": "any", "charts": [], "required": False})
    if entry["type"] == "any" and kind != "any":
        entry["type"] = kind
    if chart not in entry["charts"]:
        entry["charts"].append(chart)
    entry["required"] = entry["required"] or required


VALUES = re.compile(r"\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")
HELPER_VALUES = re.compile(r"\.values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")
RANGE = re.compile(r"range\s+(?:\$\w+\s*,\s*)?(\$\w+)\s*:=\s*\$?\.Values((?:\.\w+)+)")
ASSIGN = re.compile(r"(\$\w+)\s*:?=\s*\$?\.Values((?:\.\w+)+)")
REQUIRED = re.compile(r"required\s+\"[^\"]*\"\s+\$?\.Values((?:\.\w+)+)")


def walk_template(text, out, chart):
    variables = {}
    for match in RANGE.finditer(text):
        variables[match.group(1)] = match.group(2)[1:] + "[]"
    for match in ASSIGN.finditer(text):
        variables.setdefault(match.group(1), match.group(2)[1:])
    required = {m.group(1)[1:] for m in REQUIRED.finditer(text)}
    for pattern in (VALUES, HELPER_VALUES):
        for match in pattern.finditer(text):
            path = match.group(1)[1:]
            add(out, path, "any", chart, path in required)
    for name, base in variables.items():
        for match in re.finditer(re.escape(name) + r"((?:\.[A-Za-z_]\w*)+)", text):
            add(out, base + match.group(1), "any", chart)


def walk_test(text, out, chart):
    try:
        suite = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        return
    for test in suite.get("tests", []) or []:
        values = test.get("set") or {}
        flat = {}
        for key, value in values.items():
            node = flat
            parts = str(key).split(".")
            for part in parts[:-1]:
                node = node.setdefault(part, {})
            node[parts[-1]] = value
        walk_values(flat, "", out, chart)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    version, root = sys.argv[1], sys.argv[2]
    keys = {}
    charts = sorted(d for d in os.listdir(root) if d.startswith("apigee-"))
    for chart in charts:
        folder = os.path.join(root, chart)
        values = os.path.join(folder, "values.yaml")
        if os.path.isfile(values):
            with open(values, encoding="utf-8") as f:
                walk_values(yaml.safe_load(f) or {}, "", keys, chart)
        for sub, reader in (("templates", walk_template), ("tests", walk_test)):
            directory = os.path.join(folder, sub)
            if not os.path.isdir(directory):
                continue
            for name in sorted(os.listdir(directory)):
                if sub == "tests" and not name.endswith("_test.yaml"):
                    continue
                with open(os.path.join(directory, name), encoding="utf-8") as f:
                    reader(f.read(), keys, chart)
    # Keys under a list are written with [] once: "a[].b", never "a.b" for a list "a".
    lists = {p for p, e in keys.items() if e["type"] == "list"}
    merged = {}
    for path, entry in keys.items():
        parts = path.split(".")
        for i in range(1, len(parts)):
            prefix = ".".join(parts[:i])
            if prefix in lists and not parts[i - 1].endswith("[]"):
                parts[i - 1] += "[]"
        normal = ".".join(parts)
        target = merged.setdefault(normal, {"type": "any", "charts": [], "required": False})
        if target["type"] == "any":
            target["type"] = entry["type"]
        target["charts"] = sorted(set(target["charts"]) | set(entry["charts"]))
        target["required"] = target["required"] or entry["required"]
    # One key a line: reviewable diffs when a release adds or drops keys.
    lines = [json.dumps(dict(path=p, **merged[p]), separators=(",", ":")) for p in sorted(merged)]
    sys.stdout.write('{"version":%s,"charts":%s,"keys":[\n%s\n]}\n'
                     % (json.dumps(version), json.dumps(charts), ",\n".join(lines)))


if __name__ == "__main__":
    main()
