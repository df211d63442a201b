<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>documents</name>
    <message>
        <source>the certificates register</source>
        <translation>register sertifikat</translation>
    </message>
    <message>
        <source>say whose certificate a serial is</source>
        <translation>tunjukkan pemilik sertifikat dengan nomor ini</translation>
    </message>
    <message>
        <source>the serial printed on the certificate</source>
        <translation>nomor yang tercetak di sertifikat</translation>
    </message>
    <message>
        <source>export participants, attendance and scores as CSV or XLSX</source>
        <translation>ekspor peserta, kehadiran, dan nilai sebagai CSV atau XLSX</translation>
    </message>
    <message>
        <source>csv: a folder for the files; xlsx: the workbook file</source>
        <translation>csv: folder untuk berkas-berkasnya; xlsx: berkas buku kerja</translation>
    </message>
    <message>
        <source>also export sensitive notes and the names of people without consent</source>
        <translation>ikut ekspor catatan sensitif dan nama orang yang tidak memberi persetujuan</translation>
    </message>
    <message>
        <source>The register entry was changed after it was issued: its check code no longer matches.</source>
        <translation>Data register diubah setelah sertifikat diterbitkan: kode ceknya tidak cocok lagi.</translation>
    </message>
    <message>
        <source>No certificate with serial {serial} in this register.</source>
        <translation>Tidak ada sertifikat bernomor {serial} di register ini.</translation>
    </message>
    <message>
        <source>{serial}: {name} ({role}), “{event}”, {village}, {date}; issued {issued}; check code {code}.</source>
        <translation>{serial}: {name} ({role}), “{event}”, {village}, {date}; diterbitkan {issued}; kode cek {code}.</translation>
    </message>
    <message>
        <source>{path} is a file: give a folder for the CSV files.</source>
        <translation>{path} adalah berkas: berikan sebuah folder untuk berkas CSV.</translation>
    </message>
    <message>
        <source>Most people who leave for work abroad go through a relative or a sponsor; few know the official placement office. Offers are shared in WhatsApp groups.</source>
        <translation>Sebagian besar warga yang bekerja ke luar negeri berangkat lewat kerabat atau sponsor; sedikit yang mengenal kantor penempatan resmi. Tawaran kerja beredar di grup WhatsApp.</translation>
    </message>
    <message>
        <source>The village signs permission letters without checking the company or the contract.</source>
        <translation>Desa menandatangani surat izin tanpa memeriksa perusahaan atau kontrak kerjanya.</translation>
    </message>
    <message>
        <source>A participant spoke privately about a relative who has had no contact with the family since leaving; the SAPA 129 number was given (demo).</source>
        <translation>Seorang peserta bercerita secara pribadi tentang kerabat yang tidak pernah menghubungi keluarga sejak berangkat; nomor SAPA 129 sudah diberikan (contoh).</translation>
    </message>
    <message>
        <source>The youth want a short list of questions to ask before accepting any job offer.</source>
        <translation>Para pemuda ingin daftar singkat pertanyaan yang perlu diajukan sebelum menerima tawaran kerja.</translation>
    </message>
    <message>
        <source>Community Service Team (demo)</source>
        <translation>Tim Pengabdian kepada Masyarakat (contoh)</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Ketua Tim</translation>
    </message>
    <message>
        <source>Village head of Kerinjing</source>
        <translation>Kepala Desa Kerinjing</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>jenis kelamin</translation>
    </message>
    <message>
        <source>age</source>
        <translation>umur</translation>
    </message>
    <message>
        <source>group</source>
        <translation>kelompok</translation>
    </message>
    <message>
        <source>role</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>no_hp</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <source>present</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>checked in at</source>
        <translation>waktu hadir</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>topik</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>sensitif</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>komitmen</translation>
    </message>
    <message>
        <source>test</source>
        <translation>tes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>catatan masih kosong</translation>
    </message>
    <message>
        <source>unknown kind of note: {kind}</source>
        <translation>jenis catatan tidak dikenal: {kind}</translation>
    </message>
    <message>
        <source>the note is longer than {n} characters</source>
        <translation>catatan lebih dari {n} karakter</translation>
    </message>
    <message>
        <source>This store has no data folder for pictures.</source>
        <translation>Data ini tidak punya folder untuk menyimpan foto.</translation>
    </message>
    <message>
        <source>{name} is not a JPEG or PNG picture.</source>
        <translation>{name} bukan foto JPEG atau PNG.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Tidak dapat membaca {name}: {reason}</translation>
    </message>
    <message>
        <source>name in a script this printout cannot show: write it by hand</source>
        <translation>nama memakai huruf yang tidak bisa dicetak di sini: tulis dengan tangan</translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation>DAFTAR HADIR</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Day, date</source>
        <translation>Hari, tanggal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Registered before the day: {n} (M: {m}, F: {f}). Present: ______ (M: ____, F: ____). Walk-ins: ______.</source>
        <translation>Terdaftar sebelum acara: {n} (L: {m}, P: {f}). Hadir: ______ (L: ____, P: ____). Peserta tambahan: ______.</translation>
    </message>
    <message>
        <source>Village {name}</source>
        <translation>Desa {name}</translation>
    </message>
    <message>
        <source>District {name}</source>
        <translation>Kec. {name}</translation>
    </message>
    <message>
        <source>Regency {name}</source>
        <translation>Kab. {name}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>M/F</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Group / Institution</source>
        <translation>Kelompok / Instansi</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda Tangan</translation>
    </message>
    <message>
        <source>Facilitator,</source>
        <translation>Fasilitator,</translation>
    </message>
    <message>
        <source>PARTICIPANT</source>
        <translation>PESERTA</translation>
    </message>
    <message>
        <source>SPEAKER</source>
        <translation>NARASUMBER</translation>
    </message>
    <message>
        <source>ORGANISER</source>
        <translation>PANITIA</translation>
    </message>
    <message>
        <source>CERTIFICATE</source>
        <translation>SERTIFIKAT</translation>
    </message>
    <message>
        <source>is awarded to</source>
        <translation>diberikan kepada</translation>
    </message>
    <message>
        <source>in the activity “{title}” held on {date} at {place}.</source>
        <translation>dalam kegiatan “{title}” yang diselenggarakan pada hari {date} di {place}.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>No certificates: nobody has been checked in at this event yet.</source>
        <translation>Belum ada sertifikat: belum ada peserta yang tercatat hadir di acara ini.</translation>
    </message>
    <message>
        <source>No. {serial}</source>
        <translation>Nomor: {serial}</translation>
    </message>
    <message>
        <source>Name of participant {code}: its script cannot be printed here; write it on this line by hand.</source>
        <translation>Nama peserta {code} memakai huruf yang tidak bisa dicetak di sini; tulis di garis ini dengan tangan.</translation>
    </message>
    <message>
        <source>as {role}</source>
        <translation>sebagai {role}</translation>
    </message>
    <message>
        <source>Check code {code}</source>
        <translation>Kode cek {code}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Halaman {n} dari {total}</translation>
    </message>
    <message>
        <source>Check-in and attendance</source>
        <translation>Registrasi dan daftar hadir</translation>
    </message>
    <message>
        <source>Pre-test (5 questions, on paper)</source>
        <translation>Tes awal (5 soal, di kertas)</translation>
    </message>
    <message>
        <source>Talk: what trafficking is, its modes, UU 21/2007, protecting victims, the community's role</source>
        <translation>Materi: pengertian perdagangan orang, modusnya, UU 21/2007, perlindungan korban, peran masyarakat</translation>
    </message>
    <message>
        <source>Talk: social media and trafficking</source>
        <translation>Materi: media sosial dan perdagangan orang</translation>
    </message>
    <message>
        <source>Film “Jangan Kembali (Never Again)” (IOM) and discussion</source>
        <translation>Pemutaran film “Jangan Kembali (Never Again)” (IOM) dan diskusi</translation>
    </message>
    <message>
        <source>Post-test (the same questions)</source>
        <translation>Tes akhir (soal yang sama)</translation>
    </message>
    <message>
        <source>Focus group discussion and the village's commitments</source>
        <translation>Diskusi kelompok terarah (FGD) dan komitmen desa</translation>
    </message>
    <message>
        <source>People are identified by participant code; names are printed only when the facilitator chose so and the person consented.</source>
        <translation>Peserta ditulis dengan kode peserta; nama hanya dicetak bila fasilitator memilihnya dan orang itu sudah memberi persetujuan.</translation>
    </message>
    <message>
        <source>ACTIVITY REPORT</source>
        <translation>LAPORAN KEGIATAN</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Agenda of the day</source>
        <translation>Susunan acara</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Present, by group and gender</source>
        <translation>Peserta hadir menurut kelompok dan jenis kelamin</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>M</source>
        <translation>L</translation>
    </message>
    <message>
        <source>F</source>
        <translation>P</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Appendix: attendance list</source>
        <translation>Lampiran: daftar hadir</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>Pelaksanaan kegiatan</translation>
    </message>
    <message>
        <source>Pre-survey with the village</source>
        <translation>Prasurvei dengan pemerintah desa</translation>
    </message>
    <message>
        <source>No pre-survey notes.</source>
        <translation>Tidak ada catatan prasurvei.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Pre-test and post-test</source>
        <translation>Hasil tes awal dan tes akhir</translation>
    </message>
    <message>
        <source>Focus group discussion</source>
        <translation>Diskusi kelompok terarah (FGD)</translation>
    </message>
    <message>
        <source>No discussion notes.</source>
        <translation>Tidak ada catatan diskusi.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>The village's commitments</source>
        <translation>Komitmen desa</translation>
    </message>
    <message>
        <source>No commitments recorded.</source>
        <translation>Belum ada komitmen yang dicatat.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Dokumentasi</translation>
    </message>
    <message>
        <source>{present} present of {registered} registered</source>
        <translation>{present} hadir dari {registered} terdaftar</translation>
    </message>
    <message>
        <source>Present, by age</source>
        <translation>Peserta hadir menurut umur</translation>
    </message>
    <message>
        <source>No test results yet.</source>
        <translation>Belum ada hasil tes.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusi</translation>
    </message>
    <message>
        <source>Discussion &amp; commitments</source>
        <translation>Diskusi &amp; komitmen</translation>
    </message>
    <message>
        <source>Certificates &amp; report</source>
        <translation>Sertifikat &amp; laporan</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Laporan kegiatan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>F4 (folio, 215 × 330 mm)</source>
        <translation>F4 (folio, 215 × 330 mm)</translation>
    </message>
    <message>
        <source>Names instead of participant codes in the report</source>
        <translation>Nama, bukan kode peserta, di laporan</translation>
    </message>
    <message>
        <source>Include sensitive notes (report and export)</source>
        <translation>Sertakan catatan sensitif (laporan dan ekspor)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Empty rows for walk-ins</source>
        <translation>Baris kosong untuk peserta tambahan</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <source>Certificate settings</source>
        <translation>Pengaturan sertifikat</translation>
    </message>
    <message>
        <source>e.g. the university or organisation</source>
        <translation>mis. universitas atau lembaga</translation>
    </message>
    <message>
        <source>Part of every serial, e.g. 001/PKM-TPPO/IX/2021</source>
        <translation>Bagian dari setiap nomor, mis. 001/PKM-TPPO/IX/2021</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Activity code</source>
        <translation>Kode kegiatan</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <source>Verify a certificate</source>
        <translation>Periksa keaslian sertifikat</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Certificate settings saved.</source>
        <translation>Pengaturan sertifikat tersimpan.</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Gambar (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Membuat PDF…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>CSV files…</source>
        <translation>Berkas CSV…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Buku kerja Excel…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>{name} ({role}), “{event}”, {date}; issued {issued}; check code {code}.</source>
        <translation>{name} ({role}), “{event}”, {date}; diterbitkan {issued}; kode cek {code}.</translation>
    </message>
    <message>
        <source>Warning: the register entry was changed after it was issued.</source>
        <translation>Peringatan: data register diubah setelah sertifikat diterbitkan.</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Folder untuk berkas CSV</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Gambar tanda tangan</translation>
    </message>
    <message>
        <source>Stamp image</source>
        <translation>Gambar stempel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>The document could not be made: {reason}</source>
        <translation>Dokumen tidak dapat dibuat: {reason}</translation>
    </message>
    <message>
        <source>Signatory {n}</source>
        <translation>Penanda tangan {n}</translation>
    </message>
    <message>
        <source>FGD note</source>
        <translation>Catatan FGD</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Other note</source>
        <translation>Catatan lain</translation>
    </message>
    <message>
        <source>Pre-survey</source>
        <translation>Prasurvei</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>Catatan diskusi</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>The pre-survey interview is written on the Event page; it is shown here to guide the discussion.</source>
        <translation>Wawancara prasurvei ditulis di halaman Acara; ditampilkan di sini sebagai bekal diskusi.</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(tanpa topik)</translation>
    </message>
    <message>
        <source>What was said (no names where none are needed)…</source>
        <translation>Apa yang disampaikan (tanpa nama bila tidak perlu)…</translation>
    </message>
    <message>
        <source>Sensitive (possible victims, named people): left out of reports and exports</source>
        <translation>Sensitif (kemungkinan korban, orang yang disebut namanya): tidak ikut dicetak atau diekspor</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Catatan baru</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Simpan catatan</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Hapus catatan</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>One commitment per line; double-click to edit. Ticked = sensitive (left out of reports and exports).</source>
        <translation>Satu komitmen per baris; klik dua kali untuk mengubah. Dicentang = sensitif (tidak ikut dicetak atau diekspor).</translation>
    </message>
    <message>
        <source>Caption for the report</source>
        <translation>Keterangan foto untuk laporan</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Catatan tersimpan.</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Komitmen baru</translation>
    </message>
    <message>
        <source>Commitments saved.</source>
        <translation>Komitmen tersimpan.</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <source>Remove this photo?</source>
        <translation>Hapus foto ini?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <source>Use the template</source>
        <translation>Pakai templat</translation>
    </message>
    <message>
        <source>Save commitments</source>
        <translation>Simpan komitmen</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Tambah foto…</translation>
    </message>
    <message>
        <source>Save caption</source>
        <translation>Simpan keterangan</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <source>[sensitive]</source>
        <translation>[sensitif]</translation>
    </message>
    <message>
        <source>Sending {n} pages to the printer…</source>
        <translation>Mengirim {n} halaman ke printer…</translation>
    </message>
    <message>
        <source>{n} pages sent to the printer.</source>
        <translation>{n} halaman dikirim ke printer.</translation>
    </message>
    <message>
        <source>The printing system (CUPS) is not running on this computer.</source>
        <translation>Sistem pencetakan (CUPS) tidak berjalan di komputer ini.</translation>
    </message>
    <message>
        <source>The printer did not take the job: {reason}</source>
        <translation>Printer tidak menerima pekerjaan cetak: {reason}</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
</context>
</TS>
