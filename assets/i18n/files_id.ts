<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>“{name}” has more than {limit} rows: that is not a list this app can import.</source>
        <translation>“{name}” punya lebih dari {limit} baris: itu bukan daftar yang bisa diimpor aplikasi ini.</translation>
    </message>
    <message>
        <source>“{name}” has values beyond column {limit}: that is not a list this app can import.</source>
        <translation>“{name}” punya isian setelah kolom ke-{limit}: itu bukan daftar yang bisa diimpor aplikasi ini.</translation>
    </message>
    <message>
        <source>“{name}” holds far more than any list (it may be made to exhaust the computer): it was not read.</source>
        <translation>“{name}” berisi jauh lebih banyak dari daftar mana pun (mungkin dibuat untuk menghabiskan tenaga komputer): berkas ini tidak dibaca.</translation>
    </message>
    <message>
        <source>“{name}” is not a CSV or Excel (.xlsx) file. Save the list from Excel or Google Sheets as .xlsx or CSV.</source>
        <translation>“{name}” bukan berkas CSV atau Excel (.xlsx). Simpan daftarnya dari Excel atau Google Sheets sebagai .xlsx atau CSV.</translation>
    </message>
    <message>
        <source>“{name}” is too large ({size} MB) for a list (at most {limit} MB)</source>
        <translation>“{name}” terlalu besar ({size} MB) untuk sebuah daftar (paling besar {limit} MB)</translation>
    </message>
    <message>
        <source>The data cannot be opened: the disk is full or the data folder is read-only, and SQLite needs a little room beside the data file even to read it. What was saved before is safe. Free some space (delete old downloads or videos) and try again.</source>
        <translation>Data tidak bisa dibuka: disk penuh atau folder data hanya-baca, padahal SQLite butuh sedikit ruang di samping berkas data walau hanya untuk membacanya. Yang sudah tersimpan aman. Kosongkan ruang (hapus unduhan atau video lama) lalu coba lagi.</translation>
    </message>
</context>
</TS>
