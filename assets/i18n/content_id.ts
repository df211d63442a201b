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
    <message>
        <source>Oral test sheets…</source>
        <translation>Lembar tes lisan…</translation>
    </message>
    <message>
        <source>For people who cannot read or write comfortably: the questions to read aloud and one sheet per group to mark the answers on</source>
        <translation>Untuk peserta yang tidak nyaman membaca atau menulis: naskah pertanyaan untuk dibacakan dan satu lembar per kelompok untuk mencatat jawaban</translation>
    </message>
    <message>
        <source>Save oral test sheets</source>
        <translation>Simpan lembar tes lisan</translation>
    </message>
    <message>
        <source>oral-test.pdf</source>
        <translation>tes-lisan.pdf</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Tanpa kelompok</translation>
    </message>
    <message>
        <source>Oral test</source>
        <translation>Tes lisan</translation>
    </message>
    <message>
        <source>ORAL TEST — questions to read aloud</source>
        <translation>TES LISAN — naskah pertanyaan untuk dibacakan</translation>
    </message>
    <message>
        <source>Read each question slowly, twice if needed. Let each person answer in turn, or quietly to a facilitator; do not let others answer for them. Circle the score on the group's sheet by the rubric below, then type the scores into the score grid as usual, by participant code.</source>
        <translation>Bacakan setiap pertanyaan dengan pelan, dua kali bila perlu. Biarkan tiap peserta menjawab bergiliran, atau pelan-pelan kepada seorang fasilitator; jangan biarkan orang lain menjawabkan. Lingkari skornya di lembar kelompok menurut pedoman di bawah, lalu ketik skornya ke tabel skor seperti biasa, menurut kode peserta.</translation>
    </message>
    <message>
        <source>ORAL TEST — group sheet</source>
        <translation>TES LISAN — lembar kelompok</translation>
    </message>
    <message>
        <source>Facilitator: ____________________</source>
        <translation>Fasilitator: ____________________</translation>
    </message>
    <message>
        <source>Group: {group}</source>
        <translation>Kelompok: {group}</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Diperiksa</translation>
    </message>
</context>
</TS>
