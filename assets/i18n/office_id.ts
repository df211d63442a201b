<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>--datapackage exports the whole programme, filtered: give it alone</source>
        <translation>--datapackage mengekspor seluruh program yang sudah disaring: berikan tanpa opsi lain</translation>
    </message>
    <message>
        <source>--from, --to and --kabupaten are for print programme</source>
        <translation>--from, --to dan --kabupaten hanya untuk print programme</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Kelompok umur</translation>
    </message>
    <message>
        <source>All events in this office's store</source>
        <translation>Semua kegiatan di penyimpanan kantor ini</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Commitments and facilitators' notes</source>
        <translation>Komitmen dan catatan fasilitator</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Gain (95% interval)</source>
        <translation>Kenaikan (selang 95%)</translation>
    </message>
    <message>
        <source>Gain: the mean change in percentage points of the test's maximum, with its 95% interval (Student's t, wider for a small group). Fewer than {n} pairs: not shown.</source>
        <translation>Kenaikan: rata-rata perubahan dalam poin persen dari skor maksimum tes, dengan selang kepercayaan 95% (t Student, lebih lebar untuk kelompok kecil). Kurang dari {n} pasangan: tidak ditampilkan.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Kabupaten: {name}</source>
        <translation>Kabupaten: {name}</translation>
    </message>
    <message>
        <source>Learning gains per village</source>
        <translation>Kenaikan pengetahuan per desa</translation>
    </message>
    <message>
        <source>No event matches this selection.</source>
        <translation>Tidak ada kegiatan yang cocok dengan pilihan ini.</translation>
    </message>
    <message>
        <source>Notes marked sensitive are left out; names of people who did not consent and phone numbers are replaced.</source>
        <translation>Catatan yang ditandai sensitif tidak dimuat; nama orang yang tidak memberi persetujuan dan nomor telepon diganti.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>PROGRAMME REPORT</source>
        <translation>LAPORAN PROGRAM</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pasangan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>People appear only as counts; a count below {n} is shown as &lt;{n}.</source>
        <translation>Orang hanya tampil sebagai jumlah; jumlah di bawah {n} ditulis &lt;{n}.</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Periode: {start} sampai {end}</translation>
    </message>
    <message>
        <source>Post %</source>
        <translation>Tes akhir %</translation>
    </message>
    <message>
        <source>Pre %</source>
        <translation>Tes awal %</translation>
    </message>
    <message>
        <source>Question {n} stays the hardest: {pct}% right after the day.</source>
        <translation>Soal {n} tetap paling sulit: {pct}% benar setelah kegiatan.</translation>
    </message>
    <message>
        <source>Questions across villages</source>
        <translation>Soal di semua desa</translation>
    </message>
    <message>
        <source>Reach (people who attended)</source>
        <translation>Jangkauan (orang yang hadir)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>export needs --event, --format and --out (or --datapackage DIR)</source>
        <translation>export memerlukan --event, --format dan --out (atau --datapackage FOLDER)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>print programme makes a PDF; use a .pdf file name.</source>
        <translation>print programme membuat PDF; gunakan nama berkas .pdf.</translation>
    </message>
    <message>
        <source>print programme takes --from, --to, --kabupaten, --paper and --out</source>
        <translation>print programme menerima --from, --to, --kabupaten, --paper dan --out</translation>
    </message>
    <message>
        <source>print {kind} needs --event</source>
        <translation>print {kind} memerlukan --event</translation>
    </message>
    <message>
        <source>programme: from</source>
        <translation>program: sejak tanggal</translation>
    </message>
    <message>
        <source>programme: one kabupaten</source>
        <translation>program: satu kabupaten</translation>
    </message>
    <message>
        <source>programme: to</source>
        <translation>program: sampai tanggal</translation>
    </message>
    <message>
        <source>the whole programme, privacy-filtered, as CSV with a Frictionless datapackage.json</source>
        <translation>seluruh program, sudah disaring demi privasi, sebagai CSV dengan datapackage.json Frictionless</translation>
    </message>
    <message>
        <source>{option}: {value} is not a date (YYYY-MM-DD)</source>
        <translation>{option}: {value} bukan tanggal (TTTT-BB-HH)</translation>
    </message>
    <message>
        <source>{path} is a file: give a folder for the data package.</source>
        <translation>{path} adalah berkas: berikan folder untuk paket data.</translation>
    </message>
    <message>
        <source>Commitments kept</source>
        <translation>Komitmen yang dijalankan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Follow-up: {commitment}</source>
        <translation>Tindak lanjut: {commitment}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Of {n} commitments followed up: {done} done, {started} started, {not_started} not started (the latest visit's word).</source>
        <translation>Dari {n} komitmen yang ditindaklanjuti: {done} selesai, {started} berjalan, {not_started} belum dimulai (menurut kunjungan terakhir).</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>programme: how many laptops to generate</source>
        <translation>program: berapa laptop yang dibuat</translation>
    </message>
    <message>
        <source>say which commitment this is about</source>
        <translation>sebutkan komitmen yang dimaksud</translation>
    </message>
    <message>
        <source>the status is not started, started or done</source>
        <translation>status harus belum dimulai, berjalan atau selesai</translation>
    </message>
    <message>
        <source>the visit's date is not a date (YYYY-MM-DD)</source>
        <translation>tanggal kunjungan bukan tanggal (TTTT-BB-HH)</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Selang 95%</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Pilih kegiatan dulu.</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Follow-up of commitments</source>
        <translation>Tindak lanjut komitmen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Gain (points)</source>
        <translation>Kenaikan (poin)</translation>
    </message>
    <message>
        <source>Gains per village</source>
        <translation>Kenaikan per desa</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Gambar (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo of the follow-up</source>
        <translation>Foto tindak lanjut</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Jangkauan</translation>
    </message>
    <message>
        <source>Record a follow-up visit</source>
        <translation>Catat kunjungan tindak lanjut</translation>
    </message>
    <message>
        <source>Record visit</source>
        <translation>Catat kunjungan</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Tercatat.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>{events} events · {registered} registered · {attended} attended · {pairs} with both tests · commitments done {done}, started {started}, not started {not_started}</source>
        <translation>{events} kegiatan · {registered} terdaftar · {attended} hadir · {pairs} ikut kedua tes · komitmen selesai {done}, berjalan {started}, belum dimulai {not_started}</translation>
    </message>
    <message>
        <source>--host needs a password of 8 characters or more (typed, or in {variable}); nothing was started.</source>
        <translation>--host memerlukan kata sandi minimal 8 karakter (diketik, atau di {variable}); tidak ada yang dijalankan.</translation>
    </message>
    <message>
        <source>--port must be between 1 and 65535</source>
        <translation>--port harus antara 1 dan 65535</translation>
    </message>
    <message>
        <source>Open {address} in a browser on this computer.</source>
        <translation>Buka {address} di peramban pada komputer ini.</translation>
    </message>
    <message>
        <source>Password for the web view (user office): </source>
        <translation>Kata sandi tampilan web (pengguna office): </translation>
    </message>
    <message>
        <source>Programme figures without participants' names; counts below 5 are empty.</source>
        <translation>Angka program tanpa nama peserta; jumlah di bawah 5 dikosongkan.</translation>
    </message>
    <message>
        <source>Serving beyond this computer (--host) needs a password; nothing was started.</source>
        <translation>Melayani di luar komputer ini (--host) memerlukan kata sandi; tidak ada yang dijalankan.</translation>
    </message>
    <message>
        <source>Start the web view</source>
        <translation>Jalankan tampilan web</translation>
    </message>
    <message>
        <source>Stop the web view</source>
        <translation>Hentikan tampilan web</translation>
    </message>
    <message>
        <source>The web view has stopped.</source>
        <translation>Tampilan web telah berhenti.</translation>
    </message>
    <message>
        <source>The web view is at {address} (Ctrl+C stops it).</source>
        <translation>Tampilan web ada di {address} (Ctrl+C menghentikannya).</translation>
    </message>
    <message>
        <source>The web view is stopped.</source>
        <translation>Tampilan web dihentikan.</translation>
    </message>
    <message>
        <source>The web view needs Datasette, an optional part: pip install 'kerinjing-desktop[office]'</source>
        <translation>Tampilan web memerlukan Datasette, bagian pilihan: pip install 'kerinjing-desktop[office]'</translation>
    </message>
    <message>
        <source>listen on this address too (asks for a password); else 127.0.0.1</source>
        <translation>dengarkan juga di alamat ini (meminta kata sandi); bila tidak, 127.0.0.1</translation>
    </message>
    <message>
        <source>port (default 8001)</source>
        <translation>port (bawaan 8001)</translation>
    </message>
    <message>
        <source>the office's read-only web view of the programme (Datasette)</source>
        <translation>tampilan web program untuk kantor, hanya-baca (Datasette)</translation>
    </message>
</context>
</TS>
