"""A fictional programme for tests and benchmarks: N laptops, each with its own events.

Everything is drawn from a random generator seeded by (seed, laptop, event), so the same call
always writes the same rows with the same ids and stamps: generating twice and collecting both
copies changes nothing, and an event carried by two laptops (a co-facilitator's copy) is the
same rows in both bundles. Names are made up from common Indonesian name parts; villages and
kabupaten are invented. Some people do not consent, some notes and commitments are sensitive
and some carry phone numbers, so that every office output has something to leave out.

Rows are written straight into a fresh store (thousands per laptop), then tools/ or the bench
export each laptop's store as a bundle.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass

from kerinjing_desktop.core.domain import GENDERS, GROUPS, name_key
from kerinjing_desktop.core.kinds import NoteKind, Role, TestKind
from kerinjing_desktop.core.store.connection import Store

KABUPATEN = (
    "Sungai Rawa", "Bukit Kerinjing", "Tanjung Padi", "Lembah Sari", "Pulau Karang",
    "Teluk Damar", "Gunung Rinai", "Danau Biru",
)  # fmt: skip
_VILLAGE_A = ("Suka", "Karya", "Mekar", "Sido", "Harapan", "Tanjung", "Sumber", "Bumi")
_VILLAGE_B = ("maju", "jaya", "rejo", "makmur", "sari", "mulya", "asri", "indah", "baru")
_FIRST = (
    "Siti", "Ahmad", "Dewi", "Budi", "Nur", "Agus", "Sri", "Eko", "Rina", "Joko", "Wati",
    "Hadi", "Lestari", "Yusuf", "Ani", "Rudi", "Fitri", "Bayu", "Indah", "Dedi", "Maria",
    "Yohanes", "Ketut", "Made", "Putu", "Ayu", "Rahmat", "Intan", "Fajar", "Nining",
)  # fmt: skip
_LAST = (
    "Aminah", "Santoso", "Rahayu", "Hidayat", "Wulandari", "Saputra", "Handayani",
    "Pratama", "Kurniawan", "Susanti", "Nugroho", "Marlina", "Setiawan", "Yulianti",
    "Gunawan", "Fauziah", "Permana", "Suryani", "Halim", "Bere",
)  # fmt: skip
_LABELS = {"Perangkat Desa": ("BPD", "Linmas", "RT/RW"), "PKK": ("Kader Posyandu",)}
_COMMITMENTS = (
    "Perangkat desa mencatat warga yang berangkat kerja ke luar negeri",
    "Karang Taruna menempel nomor pengaduan di balai desa",
    "PKK membahas tawaran kerja di pengajian bulanan",
    "Desa menyusun Perdes perlindungan pekerja migran",
    "Setiap tawaran kerja dicek ke Disnaker sebelum berangkat",
)
QUESTIONS = 5  # the deck's five scored questions
HARD_QUESTION = 4  # one question most villages still miss after the day
PROGRAMME_YEAR = 2026


@dataclass(frozen=True)
class LaptopPlan:
    laptop: int
    device_id: str
    facilitator: str
    kabupaten: str
    events: tuple[int, ...]  # event numbers of this laptop
    shared: tuple[tuple[int, int], ...]  # (laptop, event) carried from a colleague's laptop


def _rng(*parts: object) -> random.Random:
    return random.Random(":".join(str(p) for p in parts))


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp(day: dt.date, seconds: int) -> str:
    moment = dt.datetime.combine(day, dt.time(1, 0), dt.UTC) + dt.timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def plan(laptop: int, events_per_laptop: int, seed: int = 17) -> LaptopPlan:
    """Who runs laptop `laptop`, where, and which events it carries."""
    rng = _rng(seed, "laptop", laptop)
    shared = ((laptop - 1, 0),) if laptop % 5 == 4 else ()  # every fifth has a colleague's
    return LaptopPlan(
        laptop=laptop,
        device_id=_uuid(rng),
        facilitator=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        kabupaten=KABUPATEN[laptop % len(KABUPATEN)],
        events=tuple(range(events_per_laptop)),
        shared=shared,
    )


def _row(rng: random.Random, device: str, day: dt.date, second: int) -> dict[str, object]:
    stamp = _stamp(day, second)
    return {"id": _uuid(rng), "created_at": stamp, "updated_at": stamp, "device_id": device}


def _insert(store: Store, table: str, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    names = list(rows[0])
    store.conn.executemany(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [[row[name] for name in names] for row in rows],
    )


def write_event(store: Store, owner: LaptopPlan, number: int, seed: int = 17, people: int = 50):
    """One event of laptop `owner` with its people, scores, notes, commitments and photos."""
    rng = _rng(seed, "event", owner.laptop, number)
    device = owner.device_id
    day = dt.date(PROGRAMME_YEAR, 1, 5) + dt.timedelta(days=rng.randrange(0, 320))
    tick = iter(range(0, 10**7))

    def meta() -> dict[str, object]:
        return _row(rng, device, day, next(tick))

    village = f"{rng.choice(_VILLAGE_A)}{rng.choice(_VILLAGE_B)}"
    event = meta() | {
        "title": f"Sosialisasi TPPO Desa {village}",
        "village": village,
        "kecamatan": f"Kecamatan {rng.choice(_VILLAGE_A)} {rng.choice(('Hulu', 'Hilir'))}",
        "kabupaten": owner.kabupaten,
        "venue": "Balai desa",
        "date": day.isoformat(),
        "facilitators": owner.facilitator,
        "notes": "",
        "presurvey_notes": "",
        "next_seq": 1,
    }
    count = max(8, people + rng.randint(-people // 3, people // 3))
    people_rows, registrations, scores = [], [], []
    questions = [
        meta() | {"event_id": event["id"], "number": q, "kind": "choice", "max_score": 1,
                  "text": f"Pertanyaan {q}", "rubric": "", "options": "", "answer_key": "",
                  "scored": 1}
        for q in range(1, QUESTIONS + 1)
    ]  # fmt: skip
    skill = 0.35 + rng.random() * 0.25  # how much the village knew before the day
    learning = 0.15 + rng.random() * 0.3
    names: list[str] = []
    for seq in range(1, count + 1):
        group = rng.choices(GROUPS, weights=(4, 3, 2, 2, 2, 3, 1, 3))[0]
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {seq}"
        names.append(name)
        person = meta() | {
            "full_name": name,
            "gender": rng.choice(GENDERS).value,
            "birth_year": PROGRAMME_YEAR - rng.randint(15, 70),
            "group_name": group,
            "phone": f"08{rng.randint(10**9, 10**10 - 1)}" if rng.random() < 0.6 else "",
            "consent": 1 if rng.random() < 0.7 else 0,
            "name_key": name_key(name),
            "group_label": rng.choice(_LABELS.get(group, ("",))),
        }
        people_rows.append(person)
        attended = rng.random() < 0.88
        registration = meta() | {
            "event_id": event["id"], "person_id": person["id"], "seq": seq,
            "code": f"P-{seq:03d}", "role": Role.PARTICIPANT.value,
            "checked_in_at": _stamp(day, 3600 + seq * 20) if attended else None,
        }  # fmt: skip
        registrations.append(registration)
        if not attended:
            continue
        for test, chance in ((TestKind.PRE, skill), (TestKind.POST, min(0.95, skill + learning))):
            if test == TestKind.POST and rng.random() < 0.08:
                continue  # left before the post-test
            for q in range(1, QUESTIONS + 1):
                p = chance * (0.5 if q == HARD_QUESTION else 1.0)
                right = rng.random() < p
                scores.append(
                    meta() | {"registration_id": registration["id"], "test": test.value,
                              "question_number": q, "state": "scored", "score": int(right),
                              "answer": ""}
                )  # fmt: skip
    event["next_seq"] = count + 1
    silent = next(
        (n for n, p in zip(names, people_rows, strict=True) if not p["consent"]), names[0]
    )
    notes = [
        meta() | {"event_id": event["id"], "kind": NoteKind.FGD.value, "topic": "Tawaran kerja",
                  "body": f"Warga banyak menerima tawaran kerja lewat media sosial. "
                          f"{silent} bercerita tentang tetangganya.", "sensitive": 0,
                  "position": 1},
        meta() | {"event_id": event["id"], "kind": NoteKind.FINDING.value, "topic": "Kasus",
                  "body": f"Keluarga {silent} (hubungi 0812{rng.randint(10**6, 10**7 - 1)}) "
                          "menunggu kabar anaknya di luar negeri.", "sensitive": 1,
                  "position": 2},
    ]  # fmt: skip
    commitments = [
        meta() | {"event_id": event["id"], "position": i, "text": text, "sensitive": 0}
        for i, text in enumerate(rng.sample(_COMMITMENTS, 3), 1)
    ]
    photos = [
        meta() | {"event_id": event["id"], "file_name": f"IMG_{number:02d}{i:02d}.jpg",
                  "caption": f"Kegiatan di Desa {village}", "position": i}
        for i in range(1, 6)
    ]  # fmt: skip
    visit = day + dt.timedelta(days=90)  # the follow-up visit, where it has happened
    follow_ups = [
        meta() | {"event_id": event["id"], "commitment": c["text"],
                  "visited_on": visit.isoformat(),
                  "status": rng.choices(("done", "started", "not_started"), (35, 40, 25))[0],
                  "note": f"Dicek bersama kepala desa (kontak 08{rng.randint(10**8, 10**9 - 1)})"
                  if rng.random() < 0.2 else "Dicek bersama kepala desa",
                  "photo_id": None, "sensitive": 0}
        for c in commitments
    ] if visit < dt.date(PROGRAMME_YEAR, 11, 30) else []  # fmt: skip
    with store.transaction():
        _insert(store, "events", [event])
        _insert(store, "people", people_rows)
        _insert(store, "registrations", registrations)
        _insert(store, "questions", questions)
        _insert(store, "scores", scores)
        _insert(store, "notes", notes)
        _insert(store, "commitments", commitments)
        _insert(store, "photos", photos)
        _insert(store, "follow_ups", follow_ups)
    return event


def fill_laptop(
    store: Store, laptop: int, events_per_laptop: int = 10, seed: int = 17, people: int = 50
) -> LaptopPlan:
    """Write laptop `laptop`'s events (and any colleague's event it carries) into `store`."""
    owner = plan(laptop, events_per_laptop, seed)
    for number in owner.events:
        write_event(store, owner, number, seed, people)
    for other, number in owner.shared:
        write_event(store, plan(other, events_per_laptop, seed), number, seed, people)
    return owner
