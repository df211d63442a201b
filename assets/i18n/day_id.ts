<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<!-- The day as a facilitator lives it (issue 13): check-in, saved-as-typed lists, dates. -->
<context>
    <name>kerinjing</name>
    <message>
        <source>Type the date, like 21-09-2021 or 21 September 2021.</source>
        <translation>Ketik tanggalnya, misalnya 21-09-2021 atau 21 September 2021.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like 21-09-2021 or 21 September 2021.</source>
        <translation>“{text}” bukan tanggal. Ketik seperti 21-09-2021 atau 21 September 2021.</translation>
    </message>
    <message>
        <source>Type the commitment…</source>
        <translation>Ketik komitmennya…</translation>
    </message>
    <message>
        <source>One commitment per line, saved as you type; double-click or F2 to edit. Ticked = sensitive (left out of reports and exports).</source>
        <translation>Satu komitmen per baris, tersimpan saat diketik; klik dua kali atau F2 untuk mengubah. Dicentang = sensitif (tidak masuk laporan dan ekspor).</translation>
    </message>
    <message>
        <source>Caption of the selected photo (saved as you type)</source>
        <translation>Keterangan foto yang dipilih (tersimpan saat diketik)</translation>
    </message>
    <message>
        <source>No commitments yet. Add one, or start from the template.</source>
        <translation>Belum ada komitmen. Tambahkan satu, atau mulai dari templat.</translation>
    </message>
    <message>
        <source>Remove this commitment?</source>
        <translation>Hapus komitmen ini?</translation>
    </message>
    <message>
        <source>No notes yet. Pick a topic, type what was said: it is saved as you type.</source>
        <translation>Belum ada catatan. Pilih topik, ketik apa yang dikatakan: tersimpan saat diketik.</translation>
    </message>
    <message>
        <source>Delete this note?</source>
        <translation>Hapus catatan ini?</translation>
    </message>
    <message>
        <source>Mark {code} {name} as not present? Their check-in time is removed.</source>
        <translation>Tandai {code} {name} tidak hadir? Jam kehadirannya dihapus.</translation>
    </message>
    <message>
        <source>Type a name or code, then Space to check in (Ctrl+F)…</source>
        <translation>Ketik nama atau kode, lalu Spasi untuk mencatat hadir (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Check in (Space)</source>
        <translation>Catat hadir (Spasi)</translation>
    </message>
    <message>
        <source>Mark absent…</source>
        <translation>Tandai tidak hadir…</translation>
    </message>
    <message>
        <source>Takes back a check-in made by mistake (asks first).</source>
        <translation>Membatalkan catatan hadir yang keliru (ditanyakan dulu).</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Tandai tidak hadir</translation>
    </message>
    <message>
        <source>{code} {name} marked absent.</source>
        <translation>{code} {name} ditandai tidak hadir.</translation>
    </message>
    <message>
        <source>{code} {name} is already checked in.</source>
        <translation>{code} {name} sudah tercatat hadir.</translation>
    </message>
    <message>
        <source>Create the event (Ctrl+S)</source>
        <translation>Buat acara (Ctrl+S)</translation>
    </message>
    <message>
        <source>like 21-09-2021 or 21 September 2021</source>
        <translation>misalnya 21-09-2021 atau 21 September 2021</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Tersimpan saat diketik.</translation>
    </message>
    <message>
        <source>Not created yet: Ctrl+S creates the event.</source>
        <translation>Belum dibuat: Ctrl+S membuat acaranya.</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Belum tersimpan: {problems}</translation>
    </message>
    <message>
        <source>the commitment is empty</source>
        <translation>komitmennya kosong</translation>
    </message>
    <message>
        <source>Check in the one person the search found, or the selected person</source>
        <translation>Catat hadir satu-satunya orang yang ditemukan, atau orang yang dipilih</translation>
    </message>
    <message>
        <source>In the search box: go to the first person found</source>
        <translation>Di kotak cari: ke orang pertama yang ditemukan</translation>
    </message>
    <message>
        <source>Empty the search box</source>
        <translation>Kosongkan kotak cari</translation>
    </message>
    <message>
        <source>In the walk-in row: add and check in</source>
        <translation>Di baris peserta baru: tambahkan dan catat hadir</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>kehadiran</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>nilai</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>komitmen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>attendance-sheet</source>
        <translation>daftar-hadir</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>sertifikat</translation>
    </message>
    <message>
        <source>report</source>
        <translation>laporan</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikel</translation>
    </message>
    <message>
        <source>test-paper</source>
        <translation>lembar-tes</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>materi-slide</translation>
    </message>
    <message>
        <source>M = male, F = female</source>
        <translation>L = laki-laki, P = perempuan</translation>
    </message>
    <message>
        <source>Present {attended} of {registered} · M {men} · F {women}</source>
        <translation>Hadir {attended} dari {registered} · L {men} · P {women}</translation>
    </message>
</context>
</TS>
