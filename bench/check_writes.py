"""After the load test: is every write the server confirmed in the database?

    bench/check_writes.py <record.json written by bench/locustfile.py>

Prints JSON ``{kind: [confirmed, missing]}``. Run by bench/load.py.
"""

import json
import sys
from pathlib import Path

import django_setup  # noqa: F401 (first: sets Django up for the imports below)

# isort: split

from courses.models import Enrolment, QuizAttempt, ReflectionNote

record = json.loads(Path(sys.argv[1]).read_text())
enrolled = set(
    Enrolment.objects.filter(user__username__startswith="load").values_list(
        "user__username", flat=True
    )
)
answered = set(
    QuizAttempt.objects.filter(submission_token__in=record["quiz_tokens"]).values_list(
        "submission_token", flat=True
    )
)
texts = set(
    ReflectionNote.objects.filter(text__startswith="Load test note").values_list("text", flat=True)
)
notes = [note for note in record["notes"].values() if "confirmed" in note]
print(
    json.dumps(
        {
            "enrolments": [
                len(record["enrolments"]),
                sum(f"load{number}" not in enrolled for number in record["enrolments"]),
            ],
            "quiz answers": [
                len(record["quiz_tokens"]),
                sum(token not in answered for token in record["quiz_tokens"]),
            ],
            "notes": [
                len(notes),
                sum(not ({note["confirmed"], *note["sent_after"]} & texts) for note in notes),
            ],
        }
    )
)
