<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>Help contacts not checked for over a year: {names}. Call or look each one up, then save it again under Settings → Help contacts (or `contacts set`).</source>
        <translation>Kontak bantuan yang lebih dari setahun tidak diperiksa: {names}. Telepon atau cari tiap nomor di sumber resminya, lalu simpan lagi di Pengaturan → Kontak bantuan (atau dengan `contacts set`).</translation>
    </message>
    <message>
        <source>Help contacts: every number was checked within the last year</source>
        <translation>Kontak bantuan: semua nomor diperiksa dalam setahun terakhir</translation>
    </message>
    <message>
        <source>{name} ({number}, checked {date})</source>
        <translation>{name} ({number}, diperiksa {date})</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Show the statistics (for the report)</source>
        <translation>Tampilkan statistik (untuk laporan)</translation>
    </message>
    <message>
        <source>Hide the statistics</source>
        <translation>Sembunyikan statistik</translation>
    </message>
    <message>
        <source>Time left per part:</source>
        <translation>Sisa waktu tiap bagian:</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>lewat {time}</translation>
    </message>
</context>
</TS>
