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
    <message>
        <source>whether the people agreed to be named, for rows without a Persetujuan/Consent cell (default: the event's setting)</source>
        <translation>apakah orang-orangnya setuju namanya dicantumkan, untuk baris tanpa isian Persetujuan (bawaan: pengaturan acara)</translation>
    </message>
    <message>
        <source>record who agreed to be named, or the event's default</source>
        <translation>catat siapa yang setuju namanya dicantumkan, atau bawaan acara</translation>
    </message>
    <message>
        <source>record that they do not agree (any more)</source>
        <translation>catat bahwa mereka tidak (lagi) setuju</translation>
    </message>
    <message>
        <source>the event's default for imported rows that do not say</source>
        <translation>bawaan acara untuk baris impor yang tidak menyebutkannya</translation>
    </message>
    <message>
        <source>give participant codes, or --default yes|no</source>
        <translation>berikan kode peserta, atau --default yes|no</translation>
    </message>
    <message>
        <source>Consent withdrawn for {n}: their names are left off.</source>
        <translation>Persetujuan dicabut untuk {n}: nama mereka tidak dicantumkan.</translation>
    </message>
    <message>
        <source>Consent recorded for {n}.</source>
        <translation>Persetujuan dicatat untuk {n}.</translation>
    </message>
    <message>
        <source>Imported rows that do not say are now named.</source>
        <translation>Baris impor yang tidak menyebutkan persetujuan kini dicantumkan namanya.</translation>
    </message>
    <message>
        <source>Imported rows that do not say are now not named.</source>
        <translation>Baris impor yang tidak menyebutkan persetujuan kini tidak dicantumkan namanya.</translation>
    </message>
    <message>
        <source>“{value}” is not Ya or Tidak (leave it empty for the event's default)</source>
        <translation>“{value}” bukan Ya atau Tidak (kosongkan untuk memakai bawaan acara)</translation>
    </message>
    <message>
        <source>Participants agreed to be named on lists and certificates</source>
        <translation>Peserta setuju namanya dicantumkan di daftar dan sertifikat</translation>
    </message>
    <message>
        <source>For imported rows without a Persetujuan (consent) column. Without consent, names and phones are left off printed lists, certificates and exports.</source>
        <translation>Untuk baris impor tanpa kolom Persetujuan. Tanpa persetujuan, nama dan nomor HP tidak dicantumkan di daftar cetak, sertifikat, dan ekspor.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Nama dicantumkan</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Tidak ada yang diimpor. {reason}</translation>
    </message>
</context>
</TS>
