<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>Average knowledge rose from {pre}% to {post}% ({n} participants took both tests).</source>
        <translation>Rata-rata pengetahuan peserta naik dari {pre}% menjadi {post}% ({n} peserta mengikuti kedua tes).</translation>
    </message>
    <message>
        <source>Average knowledge fell from {pre}% to {post}% ({n} participants took both tests).</source>
        <translation>Rata-rata pengetahuan peserta turun dari {pre}% menjadi {post}% ({n} peserta mengikuti kedua tes).</translation>
    </message>
    <message>
        <source>Average knowledge stayed the same, at {pre}% ({n} participants took both tests).</source>
        <translation>Rata-rata pengetahuan peserta tetap sama, yaitu {pre}% ({n} peserta mengikuti kedua tes).</translation>
    </message>
    <message>
        <source>The difference between the two tests is statistically significant at the 5% level (Wilcoxon signed-rank test, p {p}).</source>
        <translation>Perbedaan antara kedua tes signifikan secara statistik pada taraf 5% (uji peringkat bertanda Wilcoxon, p {p}).</translation>
    </message>
    <message>
        <source>The difference between the two tests is not statistically significant at the 5% level (Wilcoxon signed-rank test, p {p}).</source>
        <translation>Perbedaan antara kedua tes tidak signifikan secara statistik pada taraf 5% (uji peringkat bertanda Wilcoxon, p {p}).</translation>
    </message>
    <message>
        <source>Every participant had the same score on both tests, so no significance test was possible.</source>
        <translation>Setiap peserta mendapat nilai yang sama pada kedua tes, sehingga uji signifikansi tidak dapat dilakukan.</translation>
    </message>
    <message>
        <source>The group is small (fewer than 10 participants took both tests), so read this result with caution.</source>
        <translation>Kelompoknya kecil (kurang dari 10 peserta mengikuti kedua tes), jadi hasil ini perlu dibaca dengan hati-hati.</translation>
    </message>
    <message>
        <source>Participants who took only one test are counted but left out of the comparison: {pre_only} took only the pre-test, {post_only} only the post-test.</source>
        <translation>Peserta yang hanya mengikuti satu tes tetap dihitung, tetapi tidak dimasukkan dalam perbandingan: {pre_only} hanya mengikuti tes awal, {post_only} hanya mengikuti tes akhir.</translation>
    </message>
    <message>
        <source>Too few participants took both tests to compare the results (n = {n}).</source>
        <translation>Terlalu sedikit peserta yang mengikuti kedua tes untuk membandingkan hasilnya (n = {n}).</translation>
    </message>
    <message>
        <source>The test has no points to score, so the results cannot be compared.</source>
        <translation>Tes ini tidak memiliki skor, sehingga hasilnya tidak dapat dibandingkan.</translation>
    </message>
    <message>
        <source>Number of participants: {registered} registered, {pre} took the pre-test, {post} took the post-test.</source>
        <translation>Jumlah peserta: {registered} terdaftar, {pre} mengikuti tes awal, {post} mengikuti tes akhir.</translation>
    </message>
</context>
</TS>
