"""`bench/loco_eval.py` on a small feature cache written here: the model's scores, the rules' alone,
the best either could reach, and the commonest errors of each held-out country."""

from __future__ import annotations

import csv
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
PEACEFUL = "Protests|Peaceful protest"
VIOLENT = "Riots|Violent demonstration"
RULE_PEACEFUL = "rule:Peaceful_protest type:Protests"
RULE_VIOLENT = "rule:Violent_demonstration type:Riots"


def _rows(country: str) -> list[tuple[str, str, str]]:
    """Notes of one made-up country: marches the rules get right, a stone-throwing crowd the rules
    call peaceful (the model learns otherwise from the other country), and a note with no event."""
    return [
        (country, PEACEFUL, f"bias w:teacher w:march {RULE_PEACEFUL}"),
        (country, PEACEFUL, f"bias w:nurse w:march {RULE_PEACEFUL}"),
        (country, VIOLENT, f"bias w:stone w:throw w:march {RULE_PEACEFUL}"),
        (country, VIOLENT, f"bias w:tyre w:burn {RULE_VIOLENT}"),
        (country, PEACEFUL, "bias rule:none w:rally"),
    ]


def test_scores_rules_and_confusions_per_held_out_country(tmp_path) -> None:
    cache = tmp_path / "loco.tsv"
    with open(cache, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t").writerows(_rows("ACLED_Atlantis") + _rows("ACLED_Lemuria"))
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "loco_eval.py"), "unused.csv", "--cache", str(cache),
                           "--confusions", "2"], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    header = next(line for line in lines if line.startswith("held out"))
    assert header.split()[-2:] == ["rules", "either"]
    atlantis = next(line for line in lines if line.startswith("ACLED_Atlantis")).split()
    assert atlantis[1] == "5"
    # The rules get 3 of 5 right (the note with no event counts as wrong); no choice can beat 4 of 5.
    assert float(atlantis[4]) == 0.6 and float(atlantis[5]) <= 0.8
    assert float(atlantis[2]) <= float(atlantis[5])
    assert any("Peaceful protest -> no event" in line for line in lines)
    assert "a note" in lines[-1]
