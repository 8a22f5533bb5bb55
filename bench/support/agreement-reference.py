#!/usr/bin/python3
"""Reference values for lib/consensus's label-agreement coefficients, from
independent implementations: nltk's AnnotationTask.alpha() (Krippendorff's
alpha; nltk's default distance, binary_distance, is the nominal metric),
statsmodels' fleiss_kappa (on the units every coder labelled, counted with
aggregate_raters) and statsmodels' cohens_kappa (coders 0 and 1, on the units
both labelled, tabulated with to_table).

Run with Debian's /usr/bin/python3, which has python3-nltk and
python3-statsmodels; the pyenv python3 on PATH has neither.

  /usr/bin/python3 bench/support/agreement-reference.py < data.json
      data.json: {"units", "coders", "categories", "values"}, values unit-major
      (values[u * coders + c]), a category index or -1 for missing. Prints the
      three values and, for each, the median milliseconds of repeated calls
      (time.perf_counter), for bench/consensus-agreement.ts.
      --no-timing: one call each, no repetitions. A coefficient numpy answers
      with 0/0 (NaN) is printed as null. Note that nltk answers 1.0, not
      "undefined", when the data hold a single label.

  /usr/bin/python3 bench/support/agreement-reference.py --fixture
      Prints lib/consensus/fixtures/agreement-reference.json: a few random
      datasets (fixed seed) with these implementations' values.
"""

import json
import random
import statistics
import sys
import time

import nltk
import numpy as np
import statsmodels
from nltk.metrics.agreement import AnnotationTask
from statsmodels.stats.inter_rater import aggregate_raters, cohens_kappa, fleiss_kappa, to_table

FIXTURE_COMMAND = "/usr/bin/python3 bench/support/agreement-reference.py --fixture > lib/consensus/fixtures/agreement-reference.json"


def matrix(data):
    return np.asarray(data["values"], dtype=np.int64).reshape(data["units"], data["coders"])


def annotation_task(values):
    # nltk takes (coder, item, label) triples; a missing value is simply absent.
    triples = [(str(c), str(u), int(v)) for u, row in enumerate(values.tolist()) for c, v in enumerate(row) if v >= 0]
    return AnnotationTask(data=triples)


def finite(value):
    # numpy answers 0/0 with NaN (and a warning), which is not JSON: report it as undefined.
    value = float(value)
    return value if np.isfinite(value) else None


def nltk_alpha(task):
    return finite(task.alpha())


def statsmodels_fleiss(values, categories):
    complete = values[(values >= 0).all(axis=1)]
    if complete.shape[0] == 0:
        return None
    table, _ = aggregate_raters(complete, n_cat=categories)
    return finite(fleiss_kappa(table, method="fleiss"))


def statsmodels_cohen(values, categories):
    pair = values[:, :2]
    shared = pair[(pair >= 0).all(axis=1)]
    if shared.shape[0] == 0:
        return None
    table, _ = to_table(shared, bins=categories)
    # return_results=False: the coefficient only, as ours computes, not its variance and tests.
    return finite(cohens_kappa(table, return_results=False))


def timed(function, min_seconds=0.5, min_runs=3, max_runs=2000):
    """The function's value and the median of its call times in ms, over repeated calls."""
    value = function()  # warm-up (imports, caches)
    samples = []
    started = time.perf_counter()
    while len(samples) < min_runs or (time.perf_counter() - started < min_seconds and len(samples) < max_runs):
        before = time.perf_counter()
        function()
        samples.append((time.perf_counter() - before) * 1000)
    return value, statistics.median(samples), len(samples)


def reference(data, timing=True):
    values = matrix(data)
    categories = data["categories"]
    built = time.perf_counter()
    task = annotation_task(values)
    build_ms = (time.perf_counter() - built) * 1000
    calls = {
        "nltkAlpha": lambda: nltk_alpha(task),
        "statsmodelsFleiss": lambda: statsmodels_fleiss(values, categories),
        "statsmodelsCohen": lambda: statsmodels_cohen(values, categories),
    }
    if not timing:
        return {name: call() for name, call in calls.items()}
    out = {"nltkTaskBuildMs": build_ms}
    for name, call in calls.items():
        value, median_ms, runs = timed(call)
        out[name] = value
        out[name + "Ms"] = median_ms
        out[name + "Runs"] = runs
    return out


def random_dataset(rng, units, coders, categories, missing, lone_units=0):
    """Random labels with a share missing; `lone_units` units keep a single value (not pairable)."""
    values = []
    for u in range(units):
        row = [rng.randrange(categories) if rng.random() >= missing else -1 for _ in range(coders)]
        if u < lone_units:
            keep = rng.randrange(coders)
            row = [v if c == keep else -1 for c, v in enumerate(row)]
            row[keep] = rng.randrange(categories)
        # Coders 0 and 1 agree more often than chance, so kappa is not just noise around 0.
        if row[0] >= 0 and row[1] >= 0 and rng.random() < 0.4:
            row[1] = row[0]
        values.extend(row)
    return {"units": units, "coders": coders, "categories": categories, "values": values}


def fixture():
    rng = random.Random(20240601)
    specs = [
        ("20 units x 3 coders, 3 categories, 20% missing", 20, 3, 3, 0.2, 0),
        ("30 units x 2 coders, 2 categories, complete", 30, 2, 2, 0.0, 0),
        ("50 units x 5 coders, 4 categories, 30% missing, 5 single-value units", 50, 5, 4, 0.3, 5),
        ("100 units x 10 coders, 3 categories, 20% missing", 100, 10, 3, 0.2, 0),
        ("40 units x 4 coders, 6 categories, 10% missing", 40, 4, 6, 0.1, 0),
        ("60 units x 6 coders, 2 categories, 50% missing, 10 single-value units", 60, 6, 2, 0.5, 10),
    ]
    datasets = []
    for name, units, coders, categories, missing, lone in specs:
        data = random_dataset(rng, units, coders, categories, missing, lone)
        datasets.append({"name": name, **data, "reference": reference(data, timing=False)})
    return {
        "generatedBy": FIXTURE_COMMAND,
        "about": "Random reliability matrices (seed 20240601) with nltk %s AnnotationTask.alpha() (binary_distance = nominal), "
        "statsmodels %s fleiss_kappa on complete units (aggregate_raters) and cohens_kappa for coders 0 and 1 (to_table). "
        "Every dataset has variation among pairable values: there nltk agrees with Krippendorff (2011); nltk departs from it "
        "only when a single label occurs (it returns 1, where alpha is undefined), so no such dataset is included."
        % (nltk.__version__, statsmodels.__version__),
        "datasets": datasets,
    }


def fixture_json(content):
    """Indented, but each dataset on one line, so a diff shows which dataset changed."""
    lines = ["{"]
    for key in ("generatedBy", "about"):
        lines.append(" %s: %s," % (json.dumps(key), json.dumps(content[key])))
    lines.append(' "datasets": [')
    lines.append(",\n".join("  " + json.dumps(dataset, separators=(",", ":")) for dataset in content["datasets"]))
    lines.append(" ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    if "--fixture" in sys.argv:
        sys.stdout.write(fixture_json(fixture()))
        return
    data = json.load(sys.stdin)
    with np.errstate(invalid="ignore", divide="ignore"):
        result = reference(data, timing="--no-timing" not in sys.argv)
    json.dump(result, sys.stdout, allow_nan=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
