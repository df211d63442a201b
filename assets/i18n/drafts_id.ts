<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>Word drafts: take styles, margins and letterhead from this document</source>
        <translation>draf Word: ambil gaya, margin, dan kop surat dari dokumen ini</translation>
    </message>
    <message>
        <source>{kind} is not made as a Word document; use a .pdf file name.</source>
        <translation>{kind} tidak dibuat sebagai dokumen Word; gunakan nama berkas .pdf.</translation>
    </message>
    <message>
        <source>{kind} is made as a Word document only; use a .docx file name.</source>
        <translation>{kind} hanya dibuat sebagai dokumen Word; gunakan nama berkas .docx.</translation>
    </message>
    <message>
        <source>The template {path} does not exist.</source>
        <translation>Templat {path} tidak ada.</translation>
    </message>
    <message>
        <source>Institution (on certificates, attendance sheets and reports)</source>
        <translation>Lembaga (pada sertifikat, daftar hadir, dan laporan)</translation>
    </message>
    <message>
        <source>e.g. Universitas Sriwijaya</source>
        <translation>mis. Universitas Sriwijaya</translation>
    </message>
    <message>
        <source>e.g. LPPM, or the faculty or programme</source>
        <translation>mis. LPPM, atau fakultas atau program studi</translation>
    </message>
    <message>
        <source>The letterhead (kop surat), one line each; empty: name, unit and address</source>
        <translation>Kop surat, satu baris per baris; kosong: nama, unit, dan alamat</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Save the institution</source>
        <translation>Simpan data lembaga</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Belum disimpan.</translation>
    </message>
    <message>
        <source>e.g. Ketua LPPM</source>
        <translation>mis. Ketua LPPM</translation>
    </message>
    <message>
        <source>e.g. NIP. 19700101 199503 1 001</source>
        <translation>mis. NIP. 19700101 199503 1 001</translation>
    </message>
    <message>
        <source>NIP / NIDN</source>
        <translation>NIP / NIDN</translation>
    </message>
    <message>
        <source>empty: the institution set in Settings</source>
        <translation>kosong: lembaga yang diisi di Pengaturan</translation>
    </message>
    <message>
        <source>Activity report (Word)…</source>
        <translation>Laporan kegiatan (Word)…</translation>
    </message>
    <message>
        <source>Article draft (Word)…</source>
        <translation>Draf artikel (Word)…</translation>
    </message>
    <message>
        <source>Word drafts to edit</source>
        <translation>Draf Word untuk disunting</translation>
    </message>
    <message>
        <source>Editable .docx drafts built from the day's data: the activity report with its approval page, and a community-service article with prompts for what only you can write.</source>
        <translation>Draf .docx yang bisa disunting, disusun dari data kegiatan hari ini: laporan kegiatan beserta lembar pengesahannya, dan artikel pengabdian dengan petunjuk untuk bagian yang hanya bisa Anda tulis.</translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation>Pilih templat…</translation>
    </message>
    <message>
        <source>Built-in styles</source>
        <translation>Gaya bawaan</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Pilih templat Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <source>Making the Word draft…</source>
        <translation>Membuat draf Word…</translation>
    </message>
    <message>
        <source>Template: your own (its styles, margins and letterhead)</source>
        <translation>Templat: milik Anda (gaya, margin, dan kop suratnya)</translation>
    </message>
    <message>
        <source>Template: built-in styles</source>
        <translation>Templat: gaya bawaan</translation>
    </message>
    <message>
        <source>sharpen the title: at most 15 words, naming the village and the activity</source>
        <translation>pertajam judul: paling banyak 15 kata, sebutkan desa dan kegiatannya</translation>
    </message>
    <message>
        <source>every author's full name and affiliation, and the corresponding author's e-mail</source>
        <translation>nama lengkap dan afiliasi setiap penulis, serta surel penulis korespondensi</translation>
    </message>
    <message>
        <source>ABSTRACT</source>
        <translation>ABSTRAK</translation>
    </message>
    <message>
        <source>the abstract in Indonesian, the same content as the English one, with 3–5 keywords (kata kunci)</source>
        <translation>abstrak dalam bahasa Indonesia, isinya sama dengan abstrak berbahasa Inggris, dengan 3–5 kata kunci</translation>
    </message>
    <message>
        <source>complete the abstract (150–250 words): the problem, the aim, the method, the main result and what it means</source>
        <translation>lengkapi abstrak (150–250 kata): masalah, tujuan, metode, hasil utama, dan maknanya</translation>
    </message>
    <message>
        <source>the abstract in English, the same content as the Indonesian one, with 3–5 keywords</source>
        <translation>abstrak dalam bahasa Inggris, isinya sama dengan abstrak berbahasa Indonesia, dengan 3–5 kata kunci</translation>
    </message>
    <message>
        <source>INTRODUCTION</source>
        <translation>PENDAHULUAN</translation>
    </message>
    <message>
        <source>the problem: trafficking and non-procedural migrant work as they touch this village, with figures and the laws (see the references)</source>
        <translation>masalahnya: perdagangan orang dan pekerja migran nonprosedural sebagaimana dialami desa ini, dengan angka dan dasar hukumnya (lihat daftar pustaka)</translation>
    </message>
    <message>
        <source>what is already known and done, citing earlier outreach work</source>
        <translation>apa yang sudah diketahui dan dilakukan, dengan mengutip kegiatan pengabdian sebelumnya</translation>
    </message>
    <message>
        <source>the aim of this activity and why these participants were chosen</source>
        <translation>tujuan kegiatan ini dan alasan memilih peserta tersebut</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METODE</translation>
    </message>
    <message>
        <source>The day followed these steps:</source>
        <translation>Kegiatan berlangsung dengan tahapan berikut:</translation>
    </message>
    <message>
        <source>Only participants who took both tests were compared. The change in their total scores was tested with the Wilcoxon signed-rank test, with the rank-biserial correlation as its effect size; a paired t-test with Cohen's d_z is reported beside it, and Hake's normalised gain relates the gain to what was left to learn. Each question was compared with McNemar's exact test on full marks. The significance level was 5%.</source>
        <translation>Yang dibandingkan hanya peserta yang mengikuti kedua tes. Perubahan skor total mereka diuji dengan uji peringkat bertanda Wilcoxon, dengan korelasi rank-biserial sebagai ukuran efeknya; uji-t berpasangan beserta Cohen's d_z dilaporkan sebagai pembanding, dan gain ternormalisasi Hake mengukur kenaikan terhadap ruang yang masih tersisa untuk dipelajari. Setiap soal dibandingkan dengan uji eksak McNemar atas jawaban bernilai penuh. Taraf signifikansi yang digunakan 5%.</translation>
    </message>
    <message>
        <source>why these methods suit these participants, with references</source>
        <translation>alasan metode ini cocok untuk peserta tersebut, dengan rujukan</translation>
    </message>
    <message>
        <source>RESULTS AND DISCUSSION</source>
        <translation>HASIL DAN PEMBAHASAN</translation>
    </message>
    <message>
        <source>Table 1. Registered and present, by group and gender</source>
        <translation>Tabel 1. Peserta terdaftar dan hadir, menurut kelompok dan jenis kelamin</translation>
    </message>
    <message>
        <source>Knowledge before and after the activity</source>
        <translation>Pengetahuan sebelum dan sesudah kegiatan</translation>
    </message>
    <message>
        <source>discuss the result: which questions changed most and why, and how it compares with similar activities</source>
        <translation>bahas hasilnya: soal mana yang paling berubah dan mengapa, serta bagaimana perbandingannya dengan kegiatan serupa</translation>
    </message>
    <message>
        <source>interpret the discussion; describe anyone only as 'a participant', never by name</source>
        <translation>tafsirkan hasil diskusi; sebut siapa pun hanya sebagai 'seorang peserta', jangan pernah dengan nama</translation>
    </message>
    <message>
        <source>CONCLUSION</source>
        <translation>KESIMPULAN</translation>
    </message>
    <message>
        <source>what the activity achieved, its limits, and what should follow</source>
        <translation>apa yang dicapai kegiatan ini, keterbatasannya, dan tindak lanjut yang perlu</translation>
    </message>
    <message>
        <source>REFERENCES</source>
        <translation>DAFTAR PUSTAKA</translation>
    </message>
    <message>
        <source>add the works you cite in the introduction and discussion, in the same style (APA)</source>
        <translation>tambahkan karya yang Anda kutip di pendahuluan dan pembahasan, dengan gaya yang sama (APA)</translation>
    </message>
    <message>
        <source>This community-service activity raised awareness of trafficking in persons (TPPO) in {place} on {date}, through talks, a documentary film and a focus group discussion. {present} villagers took part.</source>
        <translation>Kegiatan pengabdian kepada masyarakat ini meningkatkan kesadaran tentang tindak pidana perdagangan orang (TPPO) di {place} pada {date}, melalui ceramah, pemutaran film dokumenter, dan diskusi kelompok terarah. Sebanyak {present} warga ikut serta.</translation>
    </message>
    <message>
        <source>Notes from the pre-survey, to rewrite in your own words:</source>
        <translation>Catatan prasurvei, untuk ditulis ulang dengan kata-kata Anda sendiri:</translation>
    </message>
    <message>
        <source>Table 2. Mean score per question, pre-test and post-test (participants who took both tests)</source>
        <translation>Tabel 2. Rata-rata skor per soal, tes awal dan tes akhir (peserta yang mengikuti kedua tes)</translation>
    </message>
    <message>
        <source>Figure 1. Mean score per question (% of its maximum)</source>
        <translation>Gambar 1. Rata-rata skor per soal (% dari skor maksimum)</translation>
    </message>
    <message>
        <source>The participants agreed on these commitments:</source>
        <translation>Peserta menyepakati komitmen berikut:</translation>
    </message>
    <message>
        <source>To write: {what}</source>
        <translation>Ditulis penulis: {what}</translation>
    </message>
    <message>
        <source>{title} in {village}</source>
        <translation>{title} di {village}</translation>
    </message>
    <message>
        <source>Keywords: trafficking in persons; outreach; focus group discussion; pre-test and post-test; Village {village}</source>
        <translation>Kata kunci: perdagangan orang; sosialisasi; diskusi kelompok terarah; tes awal dan tes akhir; Desa {village}</translation>
    </message>
    <message>
        <source>The activity was held on {date} at {place}. Its participants were {present} residents: {groups}.</source>
        <translation>Kegiatan dilaksanakan pada {date} di {place}. Pesertanya {present} warga: {groups}.</translation>
    </message>
    <message>
        <source>Of the {registered} people registered, {present} attended: {men} men and {women} women (Table 1).</source>
        <translation>Dari {registered} orang yang terdaftar, {present} orang hadir: {men} laki-laki dan {women} perempuan (Tabel 1).</translation>
    </message>
    <message>
        <source>Their mean score on the knowledge test rose from {pre}% before to {post}% after the session (n = {n}).</source>
        <translation>Rata-rata skor tes pengetahuan mereka naik dari {pre}% sebelum kegiatan menjadi {post}% sesudahnya (n = {n}).</translation>
    </message>
    <message>
        <source>Knowledge was measured with the same written test before and after the sessions: {k} questions, scored together out of {total}:</source>
        <translation>Pengetahuan diukur dengan tes tertulis yang sama sebelum dan sesudah materi: {k} soal, dengan skor total maksimum {total}:</translation>
    </message>
    <message>
        <source>{text} (0–{max} points)</source>
        <translation>{text} (skor 0–{max})</translation>
    </message>
    <message>
        <source>A background question was recorded but not scored: {text}</source>
        <translation>Satu pertanyaan latar belakang dicatat tetapi tidak diberi skor: {text}</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx) that can be used as a template.</source>
        <translation>{name} bukan dokumen Word (.docx) yang dapat dipakai sebagai templat.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>n.d.</source>
        <translation>t.t.</translation>
    </message>
    <message>
        <source>authors, title, volume, issue, pages and DOI of the Kerinjing article</source>
        <translation>penulis, judul, volume, nomor, halaman, dan DOI artikel Kerinjing</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>the full reference for “{work}”: author, title, publisher or web address</source>
        <translation>rujukan lengkap untuk “{work}”: penulis, judul, penerbit atau alamat web</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Judul artikel</translation>
    </message>
    <message>
        <source>negligible</source>
        <translation>sangat kecil</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Maks</translation>
    </message>
    <message>
        <source>Pre-test mean</source>
        <translation>Rata-rata tes awal</translation>
    </message>
    <message>
        <source>Post-test mean</source>
        <translation>Rata-rata tes akhir</translation>
    </message>
    <message>
        <source>p (McNemar)</source>
        <translation>p (McNemar)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>large</source>
        <translation>besar</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>small</source>
        <translation>kecil</translation>
    </message>
    <message>
        <source>Participants who took the test</source>
        <translation>Peserta yang mengikuti tes</translation>
    </message>
    <message>
        <source>Took both tests (paired)</source>
        <translation>Mengikuti kedua tes (berpasangan)</translation>
    </message>
    <message>
        <source>Mean score (%)</source>
        <translation>Rata-rata skor (%)</translation>
    </message>
    <message>
        <source>No participant's total changed, so the Wilcoxon signed-rank test could not be computed.</source>
        <translation>Skor total tidak berubah pada satu peserta pun, sehingga uji peringkat bertanda Wilcoxon tidak dapat dihitung.</translation>
    </message>
    <message>
        <source>A Wilcoxon signed-rank test showed that the change was statistically significant (W = {w}, {p}, {k} non-zero differences; {method}), with a rank-biserial correlation of r = {r}, a {size} effect.</source>
        <translation>Uji peringkat bertanda Wilcoxon menunjukkan bahwa perubahan tersebut signifikan secara statistik (W = {w}, {p}, {k} selisih bukan nol; {method}), dengan korelasi rank-biserial r = {r} (efek {size}).</translation>
    </message>
    <message>
        <source>A Wilcoxon signed-rank test found no statistically significant change (W = {w}, {p}, {k} non-zero differences; {method}); the rank-biserial correlation was r = {r}, a {size} effect.</source>
        <translation>Uji peringkat bertanda Wilcoxon tidak menemukan perubahan yang signifikan secara statistik (W = {w}, {p}, {k} selisih bukan nol; {method}); korelasi rank-biserial r = {r} (efek {size}).</translation>
    </message>
    <message>
        <source>exact distribution</source>
        <translation>distribusi eksak</translation>
    </message>
    <message>
        <source>normal approximation</source>
        <translation>pendekatan normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>The {n} participants who took both tests scored on average {pre} before the session and {post} after it, out of {max} ({pre_pct}% and {post_pct}%).</source>
        <translation>Sebanyak {n} peserta yang mengikuti kedua tes memperoleh skor rata-rata {pre} sebelum kegiatan dan {post} sesudahnya, dari skor maksimum {max} ({pre_pct}% dan {post_pct}%).</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message>
        <source>Too few participants took both tests for a paired comparison (n = {n}).</source>
        <translation>Terlalu sedikit peserta yang mengikuti kedua tes untuk perbandingan berpasangan (n = {n}).</translation>
    </message>
    <message>
        <source>A paired t-test agreed: t({df}) = {t}, {p}, Cohen's d_z = {d} ({size} effect).</source>
        <translation>Uji-t berpasangan memberikan hasil yang sejalan: t({df}) = {t}, {p}, Cohen's d_z = {d} (efek {size}).</translation>
    </message>
    <message>
        <source>The normalised gain (Hake) was g = {g}, in the {level} range.</source>
        <translation>Gain ternormalisasi (Hake) sebesar g = {g}, termasuk kategori {level}.</translation>
    </message>
    <message>
        <source>{k} papers of participants who took only one of the tests were left out of the comparison.</source>
        <translation>{k} lembar jawaban dari peserta yang hanya mengikuti salah satu tes tidak diikutkan dalam perbandingan.</translation>
    </message>
    <message>
        <source>APPROVAL PAGE</source>
        <translation>LEMBAR PENGESAHAN</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Figure 1. Present, by group and gender</source>
        <translation>Gambar 1. Peserta hadir menurut kelompok dan jenis kelamin</translation>
    </message>
    <message>
        <source>Table 2. Present, by age</source>
        <translation>Tabel 2. Peserta hadir menurut umur</translation>
    </message>
    <message>
        <source>Appendix A. Attendance list</source>
        <translation>Lampiran A. Daftar hadir</translation>
    </message>
    <message>
        <source>Appendix B. Photographs</source>
        <translation>Lampiran B. Dokumentasi foto</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Disusun oleh</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Table 3. Key figures (participants who took both tests)</source>
        <translation>Tabel 3. Angka utama (peserta yang mengikuti kedua tes)</translation>
    </message>
    <message>
        <source>Table 4. Mean score per question</source>
        <translation>Tabel 4. Rata-rata skor per soal</translation>
    </message>
    <message>
        <source>Statistical detail</source>
        <translation>Rincian statistik</translation>
    </message>
    <message>
        <source>No photos were added in the Notes step.</source>
        <translation>Belum ada foto yang ditambahkan di langkah Catatan.</translation>
    </message>
    <message>
        <source>The activity “{title}” took place on {date} at {place}. {present} of the {registered} people registered attended ({men} men and {women} women).</source>
        <translation>Kegiatan “{title}” dilaksanakan pada {date} di {place}. Dari {registered} orang yang terdaftar, {present} orang hadir ({men} laki-laki dan {women} perempuan).</translation>
    </message>
    <message>
        <source>Figure 2. Mean score per question, pre-test and post-test</source>
        <translation>Gambar 2. Rata-rata skor per soal, tes awal dan tes akhir</translation>
    </message>
    <message>
        <source>The village agreed on {n} commitments (section 6).</source>
        <translation>Desa menyepakati {n} komitmen (bagian 6).</translation>
    </message>
    <message>
        <source>Photo {n}. {caption}</source>
        <translation>Foto {n}. {caption}</translation>
    </message>
    <message>
        <source>This store has no data folder for a template.</source>
        <translation>Penyimpanan ini tidak punya folder data untuk templat.</translation>
    </message>
</context>
</TS>
