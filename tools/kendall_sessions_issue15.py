"""One-off edit of data/interpol.json for issue 15, point 6: a mirror of Raymond Kendall's
Wikipedia biography (read through the search tool, corpus "pages") says he was elected
Secretary General in October 1985 at the 54th session in Washington, re-elected in October
1990 at the 59th in Ottawa and again in October 1995 at the 64th in Beijing.

Only what the page states is added, each time citing the mirror, weighed as a copy: the
three facts, the month of Kendall's election, the 64th's number (until now inferred from
the yearly rule) and the mirror beside the other sources of the three hosts. The page does
not give the sessions' first or last days, so the dates stay as they are.
Run once: python tools/kendall_sessions_issue15.py
"""

from __future__ import annotations

import json
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "data" / "interpol.json"
MIRROR = "http://twiki.owiki.org/wiki/Raymond_Kendall"

FACTS = {
    "session-54": (
        "Secretary General elected",
        "Raymond Kendall was elected Secretary General at this session, in October 1985, "
        "according to a copy of his Wikipedia biography.",
    ),
    "session-59": (
        "Secretary General re-elected",
        "Raymond Kendall won a second term as Secretary General at this session, in October "
        "1990, according to a copy of his Wikipedia biography.",
    ),
    "session-64": (
        "Secretary General re-elected",
        "Raymond Kendall won a third term as Secretary General at this session, in October "
        "1995; the same copy of his Wikipedia biography numbers the Beijing session as the 64th.",
    ),
}


def _add_source(record: dict) -> None:
    if all(s["url"] != MIRROR for s in record["sources"]):
        record["sources"].append({"url": MIRROR, "kind": "copy"})


def main() -> int:
    data = json.loads(PATH.read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in data["records"]}
    for rid, (label, value) in FACTS.items():
        record = by_id[rid]
        _add_source(record)
        record.setdefault("facts", []).append({"label": label, "value": value, "sources": [MIRROR]})
        place = record["field_sources"].setdefault("place", [])
        if MIRROR not in place:
            place.append(MIRROR)
        if "sg-6" not in record.setdefault("related", []):
            record["related"].append("sg-6")
    s64 = by_id["session-64"]
    s64["inferred"] = [f for f in s64.get("inferred", []) if f != "session"]
    if not s64["inferred"]:
        del s64["inferred"]
    s64["field_sources"]["session"] = [MIRROR]
    s64["notes"] = (
        "The number 64 is stated only by a copy of Raymond Kendall's Wikipedia biography; it "
        "agrees with the yearly rule (1995 = 64th). Armenpress wrongly described the 2017 "
        "session as China's first; see the dispute on session 86. Only the month (October "
        "1995) is known, from the same copy; the first and last days are not."
    )
    sg6 = by_id["sg-6"]
    _add_source(sg6)
    sg6["elected"] = "1985-10"
    sg6["field_sources"]["elected"] = [MIRROR]
    for rid in ("session-54", "session-59", "session-64"):
        if rid not in sg6["related"]:
            sg6["related"].append(rid)
    PATH.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
