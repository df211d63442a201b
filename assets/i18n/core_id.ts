<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>Run a village anti-trafficking (TPPO) awareness day, offline.</source>
        <translation>Jalankan hari sosialisasi pencegahan TPPO di desa, tanpa internet.</translation>
    </message>
    <message>
        <source>where the store lives</source>
        <translation>folder tempat data disimpan</translation>
    </message>
    <message>
        <source>language</source>
        <translation>bahasa</translation>
    </message>
    <message>
        <source>open with the demo event</source>
        <translation>buka dengan acara contoh</translation>
    </message>
    <message>
        <source>--demo opens the window; it has no effect with a subcommand</source>
        <translation>--demo membuka jendela aplikasi; tidak berlaku bersama subperintah</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>dihentikan</translation>
    </message>
    <message>
        <source>measure speed and memory</source>
        <translation>ukur kecepatan dan memori</translation>
    </message>
    <message>
        <source>what to measure</source>
        <translation>yang diukur</translation>
    </message>
    <message>
        <source>print one JSON document</source>
        <translation>cetak satu dokumen JSON</translation>
    </message>
    <message>
        <source>check that this laptop is ready</source>
        <translation>periksa kesiapan laptop ini</translation>
    </message>
    <message>
        <source>Fonts for printed documents: present</source>
        <translation>Huruf untuk dokumen cetak: tersedia</translation>
    </message>
    <message>
        <source>Store OK: {path}</source>
        <translation>Penyimpanan data baik: {path}</translation>
    </message>
    <message>
        <source>Qt {version}: present</source>
        <translation>Qt {version}: tersedia</translation>
    </message>
    <message>
        <source>The store failed its integrity check: {detail}</source>
        <translation>Penyimpanan data gagal dalam pemeriksaan keutuhan: {detail}</translation>
    </message>
    <message>
        <source>Fonts missing: {names}. Reinstall the app.</source>
        <translation>Huruf tidak ditemukan: {names}. Pasang ulang aplikasi.</translation>
    </message>
    <message>
        <source>Qt is not usable: {reason}. Reinstall the app.</source>
        <translation>Qt tidak dapat dipakai: {reason}. Pasang ulang aplikasi.</translation>
    </message>
    <message>
        <source>A check failed to run: {reason}</source>
        <translation>Satu pemeriksaan gagal dijalankan: {reason}</translation>
    </message>
    <message>
        <source>list events, or add one</source>
        <translation>daftar acara, atau tambah acara</translation>
    </message>
    <message>
        <source>create an event; prints its id</source>
        <translation>buat acara; mencetak id-nya</translation>
    </message>
    <message>
        <source>create the demo event; prints its id</source>
        <translation>buat acara contoh; mencetak id-nya</translation>
    </message>
    <message>
        <source>No events yet. Create one with `kerinjing-desktop events add`.</source>
        <translation>Belum ada acara. Buat dengan `kerinjing-desktop events add`.</translation>
    </message>
    <message>
        <source>{attended}/{registered} attended</source>
        <translation>{attended}/{registered} hadir</translation>
    </message>
    <message>
        <source>Checked out {n}.</source>
        <translation>{n} ditandai tidak hadir.</translation>
    </message>
    <message>
        <source>Checked in {n}.</source>
        <translation>{n} ditandai hadir.</translation>
    </message>
    <message>
        <source>import or list participants</source>
        <translation>impor atau daftar peserta</translation>
    </message>
    <message>
        <source>import a CSV or XLSX list of participants</source>
        <translation>impor daftar peserta CSV atau XLSX</translation>
    </message>
    <message>
        <source>event id or a unique prefix</source>
        <translation>id acara atau awalannya yang unik</translation>
    </message>
    <message>
        <source>import the valid rows, list the rest</source>
        <translation>impor baris yang benar, daftar sisanya</translation>
    </message>
    <message>
        <source>list an event's participants</source>
        <translation>daftar peserta sebuah acara</translation>
    </message>
    <message>
        <source>check participants in or out</source>
        <translation>tandai kehadiran peserta</translation>
    </message>
    <message>
        <source>check participants in (or out)</source>
        <translation>tandai peserta hadir (atau tidak hadir)</translation>
    </message>
    <message>
        <source>check out instead of in</source>
        <translation>tandai tidak hadir</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>baris {row}: {message}</translation>
    </message>
    <message>
        <source>Imported {n} participants.</source>
        <translation>{n} peserta diimpor.</translation>
    </message>
    <message>
        <source>row {row}, column “{column}”: {message}</source>
        <translation>baris {row}, kolom “{column}”: {message}</translation>
    </message>
    <message>
        <source>Nothing imported: {n} rows have problems (fix them, or use --skip-invalid).</source>
        <translation>Tidak ada yang diimpor: {n} baris bermasalah (perbaiki, atau gunakan --skip-invalid).</translation>
    </message>
    <message>
        <source>{n} rows were skipped.</source>
        <translation>{n} baris dilewati.</translation>
    </message>
    <message>
        <source>“{text}” is not a participant code (like P-001).</source>
        <translation>“{text}” bukan kode peserta (seperti P-001).</translation>
    </message>
    <message>
        <source>Prevention of Trafficking in Persons (TPPO) outreach</source>
        <translation>Sosialisasi Pencegahan Tindak Pidana Perdagangan Orang (TPPO)</translation>
    </message>
    <message>
        <source>Village hall of Kerinjing</source>
        <translation>Balai Desa Kerinjing</translation>
    </message>
    <message>
        <source>Outreach team (demo)</source>
        <translation>Tim pengabdian (contoh)</translation>
    </message>
    <message>
        <source>Demo event: the people are invented.</source>
        <translation>Acara contoh: semua nama orang rekaan.</translation>
    </message>
    <message>
        <source>Pre-survey with the village head (demo): many villagers work abroad, often through relatives or sponsors rather than official channels; the village has never had an outreach on trafficking; young people look for jobs on social media.</source>
        <translation>Prasurvei dengan kepala desa (contoh): banyak warga bekerja di luar negeri, sering lewat kerabat atau sponsor, bukan jalur resmi; desa belum pernah mendapat sosialisasi tentang perdagangan orang; anak muda mencari kerja lewat media sosial.</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>nama kosong</translation>
    </message>
    <message>
        <source>the event needs a title</source>
        <translation>acara perlu judul</translation>
    </message>
    <message>
        <source>the event needs a village</source>
        <translation>acara perlu nama desa</translation>
    </message>
    <message>
        <source>age must be a whole number from {low} to {high}</source>
        <translation>umur harus bilangan bulat dari {low} sampai {high}</translation>
    </message>
    <message>
        <source>phone number “{value}” is not a number</source>
        <translation>nomor HP “{value}” bukan nomor</translation>
    </message>
    <message>
        <source>gender is empty (L or P)</source>
        <translation>jenis kelamin kosong (L atau P)</translation>
    </message>
    <message>
        <source>age must be a number of years, not “{value}”</source>
        <translation>umur harus berupa angka tahun, bukan “{value}”</translation>
    </message>
    <message>
        <source>group “{value}” is not one of: {groups}</source>
        <translation>kelompok “{value}” bukan salah satu dari: {groups}</translation>
    </message>
    <message>
        <source>name is longer than {n} characters</source>
        <translation>nama lebih dari {n} karakter</translation>
    </message>
    <message>
        <source>gender must be L or P, not “{value}”</source>
        <translation>jenis kelamin harus L atau P, bukan “{value}”</translation>
    </message>
    <message>
        <source>date must be YYYY-MM-DD, not “{value}”</source>
        <translation>tanggal harus TTTT-BB-HH, bukan “{value}”</translation>
    </message>
    <message>
        <source>This data file was made by a newer Kerinjing Desktop (schema {found}; this version knows {known}). Update the app.</source>
        <translation>Berkas data ini dibuat oleh Kerinjing Desktop yang lebih baru (skema {found}; versi ini mengenal {known}). Perbarui aplikasi.</translation>
    </message>
    <message>
        <source>Cannot open the data folder {path}: {reason}</source>
        <translation>Folder data {path} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <source>The data file {path} is damaged or is not a Kerinjing store ({reason}).</source>
        <translation>Berkas data {path} rusak atau bukan data Kerinjing ({reason}).</translation>
    </message>
    <message>
        <source>“{ref}” matches {n} events: {candidates}</source>
        <translation>“{ref}” cocok dengan {n} acara: {candidates}</translation>
    </message>
    <message>
        <source>No event with id {ref}.</source>
        <translation>Tidak ada acara dengan id {ref}.</translation>
    </message>
    <message>
        <source>Event reference “{ref}” is too short: give at least {n} characters of its id.</source>
        <translation>Rujukan acara “{ref}” terlalu pendek: tulis sedikitnya {n} karakter dari id-nya.</translation>
    </message>
    <message>
        <source>No event id starts with “{ref}” (see `kerinjing-desktop events`).</source>
        <translation>Tidak ada id acara yang diawali “{ref}” (lihat `kerinjing-desktop events`).</translation>
    </message>
    <message>
        <source>No participant {code} in this event.</source>
        <translation>Tidak ada peserta {code} di acara ini.</translation>
    </message>
    <message>
        <source>This person is already registered as {code}.</source>
        <translation>Orang ini sudah terdaftar sebagai {code}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi masalah</translation>
    </message>
    <message>
        <source>Cannot open the data</source>
        <translation>Data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>The app met an unexpected problem: {reason}

Your saved data is safe. Details were written to {log}.</source>
        <translation>Aplikasi menemui masalah yang tidak terduga: {reason}

Data yang sudah tersimpan aman. Rinciannya ditulis ke {log}.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Impor peserta</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rows with problems</source>
        <translation>Impor baris yang benar dan lewati baris yang bermasalah</translation>
    </message>
    <message>
        <source>{file}: {good} rows ready to import, {bad} rows with problems.</source>
        <translation>{file}: {good} baris siap diimpor, {bad} baris bermasalah.</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pratinjau:</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Berkas tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>Problems (row as in the file):</source>
        <translation>Masalah (nomor baris seperti di berkas):</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Import {n}</source>
        <translation>Impor {n}</translation>
    </message>
    <message>
        <source>{n} pairs of rows have the same name (flagged, still imported).</source>
        <translation>{n} pasang baris bernama sama (ditandai, tetap diimpor).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Agrees to be named on printed lists and reports</source>
        <translation>Setuju namanya dicantumkan di daftar cetak dan laporan</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Ubah {code}</translation>
    </message>
    <message>
        <source>Event &amp; pre-survey</source>
        <translation>Acara &amp; prasurvei</translation>
    </message>
    <message>
        <source>Participants &amp; attendance</source>
        <translation>Peserta &amp; kehadiran</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Acara:</translation>
    </message>
    <message>
        <source>(no event yet: create one on the Event page)</source>
        <translation>(belum ada acara: buat di halaman Acara)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Jam hadir</translation>
    </message>
    <message>
        <source>Another participant has the same name: check it is not a duplicate.</source>
        <translation>Ada peserta lain dengan nama yang sama: periksa apakah ini bukan data ganda.</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>Judul kegiatan</translation>
    </message>
    <message>
        <source>Village (desa)</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Regency (kabupaten)</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Agenda, partners, anything the report should mention</source>
        <translation>Agenda, mitra, hal lain yang perlu masuk laporan</translation>
    </message>
    <message>
        <source>Before the day: the interview with the village head. Who goes to work abroad and through whom? Has the village had an outreach before? What worries them?</source>
        <translation>Sebelum hari H: wawancara dengan kepala desa. Siapa yang pergi bekerja ke luar negeri dan lewat siapa? Pernahkah desa mendapat sosialisasi? Apa yang dikhawatirkan?</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Hari kegiatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Pre-survey with the village head</source>
        <translation>Prasurvei dengan kepala desa</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Simpan (Ctrl+S)</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Acara baru…</translation>
    </message>
    <message>
        <source>Open the demo event</source>
        <translation>Buka acara contoh</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Acara tersimpan.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;New event&lt;/h2&gt;Fill in the day's details and save.</source>
        <translation>&lt;h2&gt;Acara baru&lt;/h2&gt;Isi rincian kegiatan lalu simpan.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Check the input</source>
        <translation>Periksa isian</translation>
    </message>
    <message>
        <source>Search by name or code (Ctrl+F)…</source>
        <translation>Cari nama atau kode (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Impor daftar…</translation>
    </message>
    <message>
        <source>Check in / out (Space)</source>
        <translation>Hadir / batal hadir (Spasi)</translation>
    </message>
    <message>
        <source>Edit (F2)</source>
        <translation>Ubah (F2)</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Hapus (Del)</translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Batalkan hapus</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>L = male, P = female</source>
        <translation>L = laki-laki, P = perempuan</translation>
    </message>
    <message>
        <source>Add &amp;&amp; check in</source>
        <translation>Tambah &amp;&amp; tandai hadir</translation>
    </message>
    <message>
        <source>{code} {name} checked in.</source>
        <translation>{code} {name} hadir.</translation>
    </message>
    <message>
        <source>{code} {name} checked out.</source>
        <translation>{code} {name} batal hadir.</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Hapus peserta</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Daftar (*.csv *.xlsx *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Walk-in (Ctrl+N):</source>
        <translation>Peserta baru (Ctrl+N):</translation>
    </message>
    <message>
        <source>Create or choose an event first.</source>
        <translation>Buat atau pilih acara terlebih dahulu.</translation>
    </message>
    <message>
        <source>No event chosen</source>
        <translation>Belum ada acara yang dipilih</translation>
    </message>
    <message>
        <source>{name} added as {code} and checked in.</source>
        <translation>{name} ditambahkan sebagai {code} dan ditandai hadir.</translation>
    </message>
    <message>
        <source>Remove {code} {name} from this event? Their scores for this event go too. You can undo this.</source>
        <translation>Hapus {code} {name} dari acara ini? Nilainya di acara ini ikut terhapus. Anda bisa membatalkannya.</translation>
    </message>
    <message>
        <source>{code} {name} removed.</source>
        <translation>{code} {name} dihapus.</translation>
    </message>
    <message>
        <source>{code} {name} is back.</source>
        <translation>{code} {name} dikembalikan.</translation>
    </message>
    <message>
        <source>Present {attended} of {registered} · L {men} · P {women}</source>
        <translation>Hadir {attended} dari {registered} · L {men} · P {women}</translation>
    </message>
    <message>
        <source>{code} saved.</source>
        <translation>{code} tersimpan.</translation>
    </message>
    <message>
        <source>slides: a PDF deck to measure instead of the bundled</source>
        <translation>slides: dek PDF yang diukur, bukan dek bawaan</translation>
    </message>
    <message>
        <source>make a printed document as PDF</source>
        <translation>buat dokumen cetak sebagai PDF</translation>
    </message>
    <message>
        <source>summary: name people instead of codes</source>
        <translation>summary: tulis nama orang, bukan kode</translation>
    </message>
    <message>
        <source>--blank-rows must be between 0 and 500</source>
        <translation>--blank-rows harus antara 0 dan 500</translation>
    </message>
    <message>
        <source>This document is not available yet: {kind}</source>
        <translation>Dokumen ini belum tersedia: {kind}</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Folder {path} tidak ada.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Tidak dapat menulis {path}: {reason}</translation>
    </message>
    <message>
        <source>People from earlier events are offered as you type.</source>
        <translation>Orang dari acara sebelumnya ditawarkan saat Anda mengetik.</translation>
    </message>
    <message>
        <source>Participant {code}: the name is not printed (no consent recorded); write it on this line by hand.</source>
        <translation>Peserta {code}: nama tidak dicetak (tidak ada persetujuan tercatat); tulis nama pada garis ini dengan tangan.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Panitia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Unknown role “{role}”.</source>
        <translation>Peran “{role}” tidak dikenal.</translation>
    </message>
    <message>
        <source>note: {text}</source>
        <translation>catatan: {text}</translation>
    </message>
    <message>
        <source>Imported with a change (row as in the file):</source>
        <translation>Diimpor dengan perubahan (nomor baris seperti di berkas):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <source>permission denied (choose another folder, e.g. Documents)</source>
        <translation>tidak diizinkan (pilih folder lain, misalnya Dokumen)</translation>
    </message>
    <message>
        <source>the disk is full (free some space or use a USB stick)</source>
        <translation>disk penuh (kosongkan sebagian ruang atau pakai flashdisk)</translation>
    </message>
    <message>
        <source>the disk is read-only (a locked SD card or a CD?)</source>
        <translation>disk hanya bisa dibaca (kartu SD terkunci atau CD?)</translation>
    </message>
    <message>
        <source>a file with that name is in the way</source>
        <translation>sudah ada berkas dengan nama itu</translation>
    </message>
    <message>
        <source>a file is in the way where a folder should be</source>
        <translation>ada berkas di tempat yang seharusnya folder</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>itu folder, bukan berkas</translation>
    </message>
    <message>
        <source>another program is using it (close it and try again)</source>
        <translation>sedang dipakai program lain (tutup program itu lalu coba lagi)</translation>
    </message>
    <message>
        <source>the disk could not be read or written (is the USB stick still in?)</source>
        <translation>disk tidak dapat dibaca atau ditulisi (apakah flashdisk masih terpasang?)</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namanya terlalu panjang</translation>
    </message>
</context>
</TS>
