"""The demo event's people: invented, with names typical of South Sumatra, and the five
who stayed away. Data only, apart from the logic of core/demo.py that registers them."""

from __future__ import annotations

# (name, gender, age, group, phone); invented names, typical of South Sumatra
DEMO_PEOPLE = [
    ("Siti Aminah", "P", 42, "PKK", "081234560101"),
    ("Rohani", "P", 38, "PKK", ""),
    ("Nurhayati", "P", 45, "PKK", "081234560103"),
    ("Yuliana Sari", "P", 35, "PKK", ""),
    ("Masitoh", "P", 51, "PKK", ""),
    ("Dewi Kartika", "P", 29, "PKK", "081234560106"),
    ("Suryani", "P", 47, "PKK", ""),
    ("Hartini", "P", 40, "PKK", ""),
    ("Ernawati", "P", 33, "PKK", "081234560109"),
    ("Lela Marlina", "P", 44, "PKK", ""),
    ("Ahmad Fauzi", "L", 19, "Karang Taruna", "081234560111"),
    ("Rizki Pratama", "L", 21, "Karang Taruna", ""),
    ("Dimas Saputra", "L", 18, "Karang Taruna", "081234560113"),
    ("Putri Ayu", "P", 20, "Karang Taruna", ""),
    ("Anisa Rahma", "P", 17, "Karang Taruna", ""),
    ("Wahyu Hidayat", "L", 23, "Karang Taruna", "081234560116"),
    ("Sri Wahyuni", "P", 22, "Karang Taruna", ""),
    ("Bayu Ramadhan", "L", 24, "Karang Taruna", ""),
    ("Indah Permata", "P", 19, "Karang Taruna", "081234560119"),
    ("Fadli", "L", 26, "Karang Taruna", ""),
    ("Hendra Gunawan", "L", 48, "Perangkat Desa", "081234560121"),
    ("Syamsul Bahri", "L", 52, "Perangkat Desa", ""),
    ("Zulkarnain", "L", 39, "Perangkat Desa", "081234560123"),
    ("Mardiana", "P", 36, "Perangkat Desa", ""),
    ("Haji Abdul Rahman", "L", 63, "Tokoh Masyarakat", ""),
    ("Ustazah Maryam", "P", 55, "Tokoh Masyarakat", ""),
    ("Kgs. Muhammad Nur", "L", 58, "Tokoh Masyarakat", ""),
    ("Sulastri", "P", 31, "Lainnya", ""),
]
ABSENT = {"Masitoh", "Bayu Ramadhan", "Syamsul Bahri", "Sulastri", "Fadli"}
