"""Writes progress-measure-expected.csv: the status sdg-build's ProgressMeasure gives each series.

Usage (outside the build; needs pandas):
    python3 generate_expected.py /path/to/ProgressMeasure.py > progress-measure-expected.csv

A series row: case; base_year; target_year; target (blank: none); direction (positive/negative);
limit (blank: none); thresholds (blank: the defaults, else high/med/low); observations as
year:value separated by spaces; then the status sdg-build returns (blank for None, error:<type>
for an exception).
"""
import csv
import importlib.util
import math
import sys

import pandas as pd

spec = importlib.util.spec_from_file_location("ProgressMeasure", sys.argv[1])
pm = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pm)


def scaled(base, limit, direction):
    """The thresholds a natural limit scales (0.015·C, 0.005·C, 0), C as the library documents."""
    b, l = abs(base), abs(limit)
    d = 1 if direction == "positive" else -1
    c = 1.0
    if l != 0 and b < 2 * l:
        maximum = b <= l
        if maximum == (d > 0):
            x = b / l if maximum else (2 * l - b) / l
            if x != 0:
                c = 1 - x ** 4.44
    return {"high": 0.015 * c, "med": 0.005 * c, "low": 0}


SERIES = [
    # case, base_year, target_year, target, direction, limit, observations
    ("higher on track", 2015, 2030, 200, "positive", None, "2015:100 2018:115 2020:125"),
    ("higher needs acceleration", 2015, 2030, 200, "positive", None, "2015:100 2020:118"),
    ("higher limited", 2015, 2030, 200, "positive", None, "2015:100 2020:105"),
    ("higher deterioration", 2015, 2030, 200, "positive", None, "2015:100 2020:95"),
    ("higher achieved", 2015, 2030, 200, "positive", None, "2015:100 2020:201"),
    ("higher at the target", 2015, 2030, 200, "positive", None, "2015:100 2020:200"),
    ("lower on track", 2015, 2030, 20, "negative", None, "2015:40 2020:30"),
    ("lower needs acceleration", 2015, 2030, 20, "negative", None, "2015:40 2020:35"),
    ("lower limited", 2015, 2030, 20, "negative", None, "2015:40 2020:39"),
    ("lower deterioration", 2015, 2030, 20, "negative", None, "2015:40 2020:41"),
    ("lower achieved", 2015, 2030, 20, "negative", None, "2015:40 2021:19.5"),
    ("fractional values", 2015, 2030, 0.004, "negative", None, "2015:0.0197 2019:0.012 2022:0.015"),
    ("base year missing, target", 2015, 2030, 200, "positive", None, "2017:100 2020:120"),
    ("base year missing, no target", 2015, 2030, None, "positive", None, "2016:50 2021:54"),
    ("base year after the data", 2022, 2030, 200, "positive", None, "2015:100 2020:120"),
    ("only the base year", 2015, 2030, 200, "positive", None, "2015:100"),
    ("target 0 achieved", 2015, 2030, 0, "negative", None, "2015:5 2020:0.0005"),
    ("target 0 not achieved", 2015, 2030, 0, "negative", None, "2015:5 2020:2"),
    ("target 0 deterioration", 2015, 2030, 0, "negative", None, "2015:5 2020:6"),
    ("base 0 with a target", 2015, 2030, 10, "positive", None, "2015:0 2020:4"),
    ("base 0 without a target, higher", 2015, 2030, None, "positive", None, "2015:0 2020:4"),
    ("base 0 without a target, lower", 2015, 2030, None, "negative", None, "2015:0 2020:4"),
    ("base 0 and latest 0", 2015, 2030, None, "positive", None, "2015:0 2020:0"),
    ("latest 0", 2015, 2030, None, "positive", None, "2015:4 2020:0"),
    ("opposite signs with a target", 2015, 2030, 10, "positive", None, "2015:-2 2020:3"),
    ("opposite signs without a target", 2015, 2030, None, "positive", None, "2015:2 2020:-3"),
    ("both negative with a target", 2015, 2030, -1, "positive", None, "2015:-13 2020:-10"),
    ("both negative without a target", 2015, 2030, None, "positive", None, "2015:-13 2020:-12"),
    ("no target fast", 2015, 2030, None, "positive", None, "2015:100 2017:102 2020:110"),
    ("no target moderate", 2015, 2030, None, "positive", None, "2015:100 2020:103"),
    ("no target limited", 2015, 2030, None, "positive", None, "2015:100 2020:101"),
    ("no target deterioration", 2015, 2030, None, "positive", None, "2015:100 2020:99"),
    ("no target lower falling", 2015, 2030, None, "negative", None, "2015:1.52 2020:1.40"),
    ("no target lower rising", 2015, 2030, None, "negative", None, "2015:1.52 2020:1.60"),
    ("limit near the maximum", 2015, 2030, None, "positive", 100, "2015:96.5 2020:97"),
    ("limit far away", 2015, 2030, None, "positive", 100, "2015:250 2020:258"),
    ("limit in the wrong direction", 2015, 2030, None, "negative", 100, "2015:50 2020:46.5"),
    ("limit near the minimum", 2015, 2030, None, "negative", 10, "2015:11 2020:10.9"),
    ("limit with a target is ignored", 2015, 2030, 99, "positive", 100, "2015:96.5 2020:97"),
]

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["case", "base_year", "target_year", "target", "direction", "limit", "thresholds",
              "observations", "sdg_build_status"])
for case, base_year, target_year, target, direction, limit, observations in SERIES:
    pairs = [o.split(":") for o in observations.split()]
    data = pd.DataFrame({"Year": [int(y) for y, _ in pairs], "Value": [float(v) for _, v in pairs]})
    options = {"base_year": base_year, "target_year": target_year, "target": target,
               "direction": direction}
    thresholds = ""
    if limit is not None and target is None:
        base = data.Value[data.Year == base_year].values[0]
        options["progress_thresholds"] = scaled(base, limit, direction)
        thresholds = "/".join(repr(options["progress_thresholds"][k]) for k in ("high", "med", "low"))

    class Indicator:
        pass

    indicator = Indicator()
    indicator.data = data
    indicator.meta = {"auto_progress_calculation": True, "progress_calculation_options": [options]}
    try:
        status = pm.measure_indicator_progress(indicator) or ""
    except Exception as e:  # recorded, not hidden: the library must say why it cannot assess
        status = "error:" + type(e).__name__
    out.writerow([case, base_year, target_year, "" if target is None else target, direction,
                  "" if limit is None else limit, thresholds, observations, status])
