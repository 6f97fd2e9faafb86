"""The example of docs/events.md: two invented reports of one earthquake."""
import datetime as dt
import claimcheck
from claimcheck import Document
docs = [
    Document(id="wire.txt", outlet="Kestrel Wire", published=dt.date(2024, 6, 12),
             text="Quake kills 14 in Malatya\n\nA strong earthquake hit Malatya on Tuesday, killing 14 people, the disaster agency said. "
                  "In 1998, an earthquake near Adana killed 145 people. The city has about 800,000 residents."),
    Document(id="daily.txt", outlet="Anatolian Daily", published=dt.date(2024, 6, 12),
             text="Malatya counts its dead\n\nTuesday's earthquake in Malatya killed 31 people, the governor said. "
                  "Seven other people were pulled alive from the rubble. The 1998 earthquake near Adana killed 200 people."),
]
report = claimcheck.check(docs)
for c in report.claims:
    if c.kind != "date":
        print(f"{c.doc:10} {c.text!r:14} {c.kind:8} event={c.event} background={c.background} partial={c.partial}")
print()
for c in report.conflicts:
    print(c.severity, c.event, "|", c.explanation)
