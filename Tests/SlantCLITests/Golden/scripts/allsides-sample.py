# Extracts the AllSides sample used by the script tests: for each bias (0 left, 1 center,
# 2 right), articles of at most 450 words that name both "Russia" and "Putin", ordered by id,
# taking one article per outlet in turn until 12 are chosen.
import gzip, json, sys
from collections import OrderedDict
rows = [json.loads(l) for l in gzip.open(sys.argv[1], "rt", encoding="utf-8")]
out = []
for bias in (0, 1, 2):
    pool = sorted((r for r in rows if r["bias"] == bias and len(r["text"].split()) <= 450
                   and "Russia" in r["text"] and "Putin" in r["text"]), key=lambda r: r["id"])
    by_outlet = OrderedDict()
    for r in pool: by_outlet.setdefault(r["outlet"], []).append(r)
    chosen = []
    while len(chosen) < 12 and any(by_outlet.values()):
        for outlet in list(by_outlet):
            if by_outlet[outlet] and len(chosen) < 12: chosen.append(by_outlet[outlet].pop(0))
    out += chosen
for r in sorted(out, key=lambda r: r["id"]):
    sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
