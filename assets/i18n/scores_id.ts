<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>The maximum score must be between 1 and 100.</source>
        <translation>Skor maksimum harus antara 1 dan 100.</translation>
    </message>
    <message>
        <source>The key of a true/false question is B or S (T or F).</source>
        <translation>Kunci soal benar/salah adalah B atau S (T atau F).</translation>
    </message>
    <message>
        <source>Question {n} takes a letter: {letters}.</source>
        <translation>Soal {n} diisi dengan huruf: {letters}.</translation>
    </message>
    <message>
        <source>A multiple-choice question needs 2 to 6 options.</source>
        <translation>Soal pilihan ganda memerlukan 2 sampai 6 pilihan.</translation>
    </message>
    <message>
        <source>Question {n} takes a score from 0 to {max}, or - for absent.</source>
        <translation>Soal {n} diisi skor 0 sampai {max}, atau - bila tidak hadir.</translation>
    </message>
    <message>
        <source>Unknown question kind: {kind}</source>
        <translation>Jenis soal tidak dikenal: {kind}</translation>
    </message>
    <message>
        <source>Write the question's text.</source>
        <translation>Tulis teks soalnya.</translation>
    </message>
    <message>
        <source>Choose the right answer's letter as the key.</source>
        <translation>Pilih huruf jawaban yang benar sebagai kunci.</translation>
    </message>
    <message>
        <source>The scores file is empty.</source>
        <translation>Berkas nilai kosong.</translation>
    </message>
    <message>
        <source>The test must be pre or post.</source>
        <translation>Kolom tes harus berisi pre atau post.</translation>
    </message>
    <message>
        <source>“-” marks the whole test absent: leave the other questions blank.</source>
        <translation>“-” menandai peserta tidak mengikuti seluruh tes: kosongkan soal lainnya.</translation>
    </message>
    <message>
        <source>The scores file needs the columns code, test and q1…q{n}.</source>
        <translation>Berkas nilai memerlukan kolom code, test, dan q1…q{n}.</translation>
    </message>
    <message>
        <source>{code} {test} is already in row {row}.</source>
        <translation>{code} {test} sudah ada di baris {row}.</translation>
    </message>
    <message>
        <source>Column “{column}”: this event has no question {n}.</source>
        <translation>Kolom “{column}”: kegiatan ini tidak memiliki soal {n}.</translation>
    </message>
    <message>
        <source>Question numbers must be unique and start at 1.</source>
        <translation>Nomor soal tidak boleh sama dan dimulai dari 1.</translation>
    </message>
    <message>
        <source>A test needs at least one question.</source>
        <translation>Tes memerlukan paling sedikit satu soal.</translation>
    </message>
    <message>
        <source>Question {n}: {problem}</source>
        <translation>Soal {n}: {problem}</translation>
    </message>
    <message>
        <source>Scores have already been entered for this event, so its questions are fixed.</source>
        <translation>Nilai sudah dimasukkan untuk kegiatan ini, jadi soal-soalnya tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <source>Question {n} already has scores above the new maximum; change those scores first.</source>
        <translation>Soal {n} sudah memiliki nilai di atas maksimum yang baru; ubah dulu nilai tersebut.</translation>
    </message>
    <message>
        <source>enter or import test scores</source>
        <translation>masukkan atau impor nilai tes</translation>
    </message>
    <message>
        <source>import a CSV or XLSX file of test scores</source>
        <translation>impor berkas CSV atau XLSX berisi nilai tes</translation>
    </message>
    <message>
        <source>enter one score</source>
        <translation>masukkan satu nilai</translation>
    </message>
    <message>
        <source>a score, a letter, - (absent) or "" (not answered)</source>
        <translation>skor, huruf, - (tidak hadir) atau "" (tidak dijawab)</translation>
    </message>
    <message>
        <source>pre-test / post-test analysis</source>
        <translation>analisis tes awal / tes akhir</translation>
    </message>
    <message>
        <source>Imported {n} test papers.</source>
        <translation>{n} lembar tes diimpor.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>tidak dijawab</translation>
    </message>
    <message>
        <source>Saved: {code} {test} question {n}: {value}</source>
        <translation>Tersimpan: {code} {test} soal {n}: {value}</translation>
    </message>
    <message>
        <source>Participants: {registered} registered, {pre} pre-test, {post} post-test, {paired} both</source>
        <translation>Peserta: {registered} terdaftar, {pre} tes awal, {post} tes akhir, {paired} keduanya</translation>
    </message>
    <message>
        <source>Maximum score: {max}</source>
        <translation>Skor maksimum: {max}</translation>
    </message>
    <message>
        <source>Mean (paired)</source>
        <translation>Rata-rata (berpasangan)</translation>
    </message>
    <message>
        <source>pre</source>
        <translation>awal</translation>
    </message>
    <message>
        <source>post</source>
        <translation>akhir</translation>
    </message>
    <message>
        <source>score</source>
        <translation>skor</translation>
    </message>
    <message>
        <source>Normalized gain (Hake)</source>
        <translation>Kenaikan dibanding yang masih mungkin (gain Hake)</translation>
    </message>
    <message>
        <source>Mean individual gain</source>
        <translation>Rata-rata gain individu</translation>
    </message>
    <message>
        <source>Rank-biserial r</source>
        <translation>Besarnya perubahan (r rank-biserial)</translation>
    </message>
    <message>
        <source>Paired t-test p</source>
        <translation>p uji-t berpasangan</translation>
    </message>
    <message>
        <source>Effect size (Cohen dz)</source>
        <translation>Ukuran efek (Cohen dz)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <source>max</source>
        <translation>maks</translation>
    </message>
    <message>
        <source>McNemar p</source>
        <translation>p McNemar</translation>
    </message>
    <message>
        <source>This event has no question {n} (questions 1 to {last}).</source>
        <translation>Kegiatan ini tidak memiliki soal {n} (soal 1 sampai {last}).</translation>
    </message>
    <message>
        <source>Wilcoxon p</source>
        <translation>p Wilcoxon</translation>
    </message>
    <message>
        <source>Test paper</source>
        <translation>Lembar tes</translation>
    </message>
    <message>
        <source>TEST PAPER</source>
        <translation>LEMBAR TES</translation>
    </message>
    <message>
        <source>PRE-TEST (before the session)</source>
        <translation>TES AWAL (sebelum materi)</translation>
    </message>
    <message>
        <source>POST-TEST (after the session)</source>
        <translation>TES AKHIR (sesudah materi)</translation>
    </message>
    <message>
        <source>Tick one box. Answer in your own words; there are no trick questions. For lettered answers, circle one letter.</source>
        <translation>Centang satu kotak. Jawablah dengan kata-kata Anda sendiri; tidak ada soal jebakan. Untuk soal berhuruf, lingkari satu huruf.</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(peserta baru)</translation>
    </message>
    <message>
        <source>(name not printed: code only)</source>
        <translation>(nama tidak dicetak: hanya kode)</translation>
    </message>
    <message>
        <source>Village {village}</source>
        <translation>Desa {village}</translation>
    </message>
    <message>
        <source>Mean score per question (% of its maximum)</source>
        <translation>Rata-rata skor per soal (% dari skor maksimum)</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Tes awal</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Tes akhir</translation>
    </message>
    <message>
        <source>No participant has taken both tests yet.</source>
        <translation>Belum ada peserta yang mengikuti kedua tes.</translation>
    </message>
    <message>
        <source>Q</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Not saved: the store refused this entry. Type it again.</source>
        <translation>Tidak tersimpan: data ini ditolak. Ketik lagi.</translation>
    </message>
    <message>
        <source>Move to a question column to enter a score.</source>
        <translation>Pindah ke kolom soal untuk memasukkan nilai.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>* Background question: recorded, not counted in the total.</source>
        <translation>* Pertanyaan latar belakang: dicatat, tidak dihitung dalam total.</translation>
    </message>
    <message>
        <source>{value}… (Enter to save)</source>
        <translation>{value}… (Enter untuk menyimpan)</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>belum hadir</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Tidak tersimpan: {reason}</translation>
    </message>
    <message>
        <source>Total score of each participant (one dot each)</source>
        <translation>Skor total setiap peserta (satu titik per peserta)</translation>
    </message>
    <message>
        <source>No scores yet.</source>
        <translation>Belum ada nilai.</translation>
    </message>
    <message>
        <source>Type each answer's score: it is saved at once and the cursor moves to the next question. Letters for lettered questions. - = absent from this test · Delete = not answered · P or Ctrl+G = go to a participant code.</source>
        <translation>Ketik skor setiap jawaban: langsung tersimpan dan kursor pindah ke soal berikutnya. Huruf untuk soal berhuruf. - = tidak mengikuti tes ini · Delete = tidak dijawab · P atau Ctrl+G = cari kode peserta.</translation>
    </message>
    <message>
        <source>Go to code (Ctrl+G), e.g. 7 or P-007</source>
        <translation>Cari kode (Ctrl+G), mis. 7 atau P-007</translation>
    </message>
    <message>
        <source>Questions…</source>
        <translation>Soal…</translation>
    </message>
    <message>
        <source>Print test papers…</source>
        <translation>Cetak lembar tes…</translation>
    </message>
    <message>
        <source>Mark absent?</source>
        <translation>Tandai tidak hadir?</translation>
    </message>
    <message>
        <source>Save test papers</source>
        <translation>Simpan lembar tes</translation>
    </message>
    <message>
        <source>Saving PDF…</source>
        <translation>Menyimpan PDF…</translation>
    </message>
    <message>
        <source>Walk-in:</source>
        <translation>Peserta baru:</translation>
    </message>
    <message>
        <source>Papers entered: {taken} · absent: {absent} · checked in: {present} of {n}</source>
        <translation>Lembar diisi: {taken} · tidak hadir: {absent} · hadir: {present} dari {n}</translation>
    </message>
    <message>
        <source>{code} already has scores in this test. Mark the whole test absent and remove them?</source>
        <translation>{code} sudah memiliki nilai pada tes ini. Tandai tidak mengikuti tes dan hapus nilainya?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka utama</translation>
    </message>
    <message>
        <source>Summary for the report</source>
        <translation>Ringkasan untuk laporan</translation>
    </message>
    <message>
        <source>Copy summary</source>
        <translation>Salin ringkasan</translation>
    </message>
    <message>
        <source>Bars: only participants who took both tests. Dots: everyone who took each test. Background questions are not counted in the totals.</source>
        <translation>Batang: hanya peserta yang mengikuti kedua tes. Titik: semua peserta yang mengikuti tiap tes. Pertanyaan latar belakang tidak dihitung dalam total.</translation>
    </message>
    <message>
        <source>Took the pre-test / post-test</source>
        <translation>Mengikuti tes awal / tes akhir</translation>
    </message>
    <message>
        <source>Took both (compared)</source>
        <translation>Mengikuti keduanya (dibandingkan)</translation>
    </message>
    <message>
        <source>Mean before → after</source>
        <translation>Rata-rata sebelum → sesudah</translation>
    </message>
    <message>
        <source>Wilcoxon signed-rank p</source>
        <translation>p uji peringkat bertanda Wilcoxon</translation>
    </message>
    <message>
        <source>Effect size (rank-biserial r)</source>
        <translation>Besarnya perubahan (r rank-biserial)</translation>
    </message>
    <message>
        <source>Summary copied.</source>
        <translation>Ringkasan disalin.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Mean score (of {max})</source>
        <translation>Rata-rata skor (dari {max})</translation>
    </message>
    <message>
        <source>Open (written answer)</source>
        <translation>Uraian (jawaban tertulis)</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Pilihan ganda</translation>
    </message>
    <message>
        <source>True / false</source>
        <translation>Benar / salah</translation>
    </message>
    <message>
        <source>Test questions</source>
        <translation>Soal tes</translation>
    </message>
    <message>
        <source>Add open question</source>
        <translation>Tambah soal uraian</translation>
    </message>
    <message>
        <source>Add example choice items</source>
        <translation>Tambah contoh soal pilihan</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Hapus soal</translation>
    </message>
    <message>
        <source>Counts in the total (untick for a background question)</source>
        <translation>Dihitung dalam total (hilangkan centang untuk pertanyaan latar belakang)</translation>
    </message>
    <message>
        <source>One line per score, from 0 upwards</source>
        <translation>Satu baris per skor, mulai dari 0</translation>
    </message>
    <message>
        <source>One option per line: A, B, C…</source>
        <translation>Satu pilihan per baris: A, B, C…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Skor maksimum</translation>
    </message>
    <message>
        <source>Scoring rubric</source>
        <translation>Pedoman penilaian</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Pilihan jawaban</translation>
    </message>
    <message>
        <source>Right answer (letter)</source>
        <translation>Jawaban benar (huruf)</translation>
    </message>
    <message>
        <source>Scores have been entered: changes apply to papers already scored.</source>
        <translation>Nilai sudah dimasukkan: perubahan berlaku juga untuk lembar yang sudah dinilai.</translation>
    </message>
    <message>
        <source>Change the questions?</source>
        <translation>Ubah soal?</translation>
    </message>
    <message>
        <source>Change them anyway? Lettered answers are scored again with the new keys.</source>
        <translation>Tetap ubah? Jawaban berhuruf akan dinilai ulang dengan kunci yang baru.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Soal baru</translation>
    </message>
    <message>
        <source>Scores have been entered, so question {n} can no longer be removed (scores are kept by question number). Untick “Counts in the total” to leave it out of the results.</source>
        <translation>Skor sudah dimasukkan, jadi soal {n} tidak dapat dihapus lagi (skor disimpan menurut nomor soal). Hilangkan centang “Dihitung dalam total” agar soal itu tidak ikut dalam hasil.</translation>
    </message>
    <message>
        <source>{name} checked in: their paper has scores.</source>
        <translation>{name} ditandai hadir: lembar tesnya sudah berisi skor.</translation>
    </message>
</context>
</TS>
