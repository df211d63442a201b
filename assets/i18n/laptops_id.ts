<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>merge bundle files (or folders of them) into this store</source>
        <translation>gabungkan berkas bundel (atau folder berisi bundel) ke data ini</translation>
    </message>
    <message>
        <source>merge even when it deletes or overwrites many rows here</source>
        <translation>tetap gabungkan walau banyak baris di sini terhapus atau tertimpa</translation>
    </message>
    <message>
        <source>Nothing was merged: this merge would delete or overwrite more than {n} rows here, or a bundle is dated far ahead. Check the bundles; to merge anyway, run the same command with --yes (a backup is taken first).</source>
        <translation>Tidak ada yang digabung: penggabungan ini akan menghapus atau menimpa lebih dari {n} baris di sini, atau ada bundel bertanggal jauh ke depan. Periksa bundelnya; untuk tetap menggabung, jalankan perintah yang sama dengan --yes (cadangan dibuat lebih dulu).</translation>
    </message>
    <message>
        <source>say whose certificate a serial is, and whether a paper is genuine</source>
        <translation>sebutkan milik siapa sertifikat bernomor ini, dan apakah kertasnya asli</translation>
    </message>
    <message>
        <source>the serial printed on the certificate, with its check code after a |</source>
        <translation>nomor seri yang tercetak di sertifikat, dengan kode cek setelah tanda |</translation>
    </message>
    <message>
        <source>{serial}: {name} ({role}), “{event}”, {village}, {date}; issued {issued}.</source>
        <translation>{serial}: {name} ({role}), “{event}”, {village}, {date}; diterbitkan {issued}.</translation>
    </message>
    <message>
        <source>This laptop's clock is not behind its data</source>
        <translation>Jam laptop ini tidak tertinggal dari datanya</translation>
    </message>
    <message>
        <source>it is {size} MB, more than a bundle may weigh ({cap} MB)</source>
        <translation>ukurannya {size} MB, melebihi batas bundel ({cap} MB)</translation>
    </message>
    <message>
        <source>a deletion in it is incomplete</source>
        <translation>ada penghapusan di dalamnya yang tidak lengkap</translation>
    </message>
    <message>
        <source>a deletion in it is not valid</source>
        <translation>ada penghapusan di dalamnya yang tidak sah</translation>
    </message>
    <message>
        <source>a deletion in it is dated after the bundle was made</source>
        <translation>ada penghapusan di dalamnya yang bertanggal setelah bundel dibuat</translation>
    </message>
    <message>
        <source>its manifest is not valid</source>
        <translation>manifesnya tidak sah</translation>
    </message>
    <message>
        <source>a row in it is incomplete</source>
        <translation>ada baris di dalamnya yang tidak lengkap</translation>
    </message>
    <message>
        <source>it holds rows of an unknown kind ({table})</source>
        <translation>isinya baris jenis yang tidak dikenal ({table})</translation>
    </message>
    <message>
        <source>a row of {table} is not readable</source>
        <translation>ada baris {table} yang tidak terbaca</translation>
    </message>
    <message>
        <source>a row of {table} has a wrong id</source>
        <translation>ada baris {table} dengan id yang salah</translation>
    </message>
    <message>
        <source>a row of {table} is dated after the bundle was made</source>
        <translation>ada baris {table} yang bertanggal setelah bundel dibuat</translation>
    </message>
    <message>
        <source>a row of {table} has a wrong {column}</source>
        <translation>ada baris {table} dengan {column} yang salah</translation>
    </message>
    <message>
        <source>a row of {table} lacks {column}</source>
        <translation>ada baris {table} tanpa {column}</translation>
    </message>
    <message>
        <source>Bundles: {count}; rows to add: {added}, to update: {updated}.</source>
        <translation>Bundel: {count}; baris ditambah: {added}, diperbarui: {updated}.</translation>
    </message>
    <message>
        <source>No bundle (*.kbundle) found in {names}.</source>
        <translation>Tidak ada bundel (*.kbundle) di {names}.</translation>
    </message>
    <message>
        <source>It would DELETE {count} rows here ({kinds}), and what belongs to them.</source>
        <translation>Ini akan MENGHAPUS {count} baris di sini ({kinds}), beserta isinya.</translation>
    </message>
    <message>
        <source>It would overwrite {count} changes made on this laptop.</source>
        <translation>Ini akan menimpa {count} perubahan yang dibuat di laptop ini.</translation>
    </message>
    <message>
        <source>A bundle is dated {days} days ahead of this laptop's clock and data: check the date on both laptops.</source>
        <translation>Ada bundel yang bertanggal {days} hari di depan jam dan data laptop ini: periksa tanggal di kedua laptop.</translation>
    </message>
    <message>
        <source>Nothing was merged: the backup before merging failed. {reason}</source>
        <translation>Tidak ada yang digabung: cadangan sebelum penggabungan gagal. {reason}</translation>
    </message>
    <message>
        <source>Cannot read the folder {path}: {reason}</source>
        <translation>Folder {path} tidak bisa dibaca: {reason}</translation>
    </message>
    <message>
        <source>NOT GENUINE: the check code on this paper is not the one issued with serial {serial}. The paper may be forged or copied wrongly; do not accept it.</source>
        <translation>TIDAK ASLI: kode cek di kertas ini bukan kode yang diterbitkan untuk nomor {serial}. Kertas ini mungkin dipalsukan atau salah disalin; jangan diterima.</translation>
    </message>
    <message>
        <source>NOT GENUINE: the register entry for {serial} was changed after it was signed.</source>
        <translation>TIDAK ASLI: catatan register untuk {serial} diubah setelah ditandatangani.</translation>
    </message>
    <message>
        <source>Cannot confirm: this certificate was not signed by a laptop this register knows. Import a bundle from the laptop that printed it, then check again.</source>
        <translation>Belum bisa dipastikan: sertifikat ini tidak ditandatangani oleh laptop yang dikenal register ini. Impor bundel dari laptop yang mencetaknya, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Several certificates carry this number: type the full serial with the laptop code, or add the check code: SERIAL|CODE.</source>
        <translation>Beberapa sertifikat memakai nomor ini: ketik nomor seri lengkap dengan kode laptop, atau tambahkan kode cek: NOMOR|KODE.</translation>
    </message>
    <message>
        <source>Genuine: the check code on the paper matches the register, signed by laptop {laptop}.</source>
        <translation>Asli: kode cek di kertas cocok dengan register, ditandatangani laptop {laptop}.</translation>
    </message>
    <message>
        <source>The register holds this certificate (signed by laptop {laptop}). To check a paper, also type the check code printed on it: {serial}|CODE.</source>
        <translation>Sertifikat ini ada di register (ditandatangani laptop {laptop}). Untuk memeriksa kertasnya, ketik juga kode cek yang tercetak: {serial}|KODE.</translation>
    </message>
    <message>
        <source>This laptop's clock is {days} days behind the data it holds (newest change {newest}). Set the date and time; merging still works correctly.</source>
        <translation>Jam laptop ini tertinggal {days} hari dari datanya (perubahan terbaru {newest}). Atur tanggal dan jam; penggabungan tetap berjalan benar.</translation>
    </message>
    <message>
        <source>Certificate {serial}: a change from the other laptop was refused (an issued certificate keeps its serial and event, and only a signed change is taken).</source>
        <translation>Sertifikat {serial}: perubahan dari laptop lain ditolak (sertifikat yang sudah terbit tetap dengan nomor dan acaranya, dan hanya perubahan bertanda tangan yang diterima).</translation>
    </message>
    <message>
        <source>Two certificates carry serial {serial}; both are kept. Check each paper with its check code (SERIAL|CODE).</source>
        <translation>Dua sertifikat memakai nomor {serial}; keduanya disimpan. Periksa tiap kertas dengan kode ceknya (NOMOR|KODE).</translation>
    </message>
    <message>
        <source>{table} {id}: deleted on another laptop; kept, issued certificates stay.</source>
        <translation>{table} {id}: dihapus di laptop lain; tetap disimpan, sertifikat yang sudah terbit tidak dihapus.</translation>
    </message>
    <message>
        <source>Event {id}: deleted on another laptop, but {count} certificates were issued for it; kept.</source>
        <translation>Acara {id}: dihapus di laptop lain, tetapi {count} sertifikat sudah terbit untuknya; tetap disimpan.</translation>
    </message>
    <message>
        <source>A backup is taken first, so a merge can be undone by Restore.</source>
        <translation>Cadangan dibuat lebih dulu, jadi penggabungan bisa dibatalkan dengan Pulihkan.</translation>
    </message>
    <message>
        <source>Merge anyway?</source>
        <translation>Tetap gabungkan?</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Tidak ada yang digabung.</translation>
    </message>
    <message>
        <source>{name} ({role}), “{event}”, {date}; issued {issued}.</source>
        <translation>{name} ({role}), “{event}”, {date}; diterbitkan {issued}.</translation>
    </message>
    <message>
        <source>serial|check code, e.g. {example}</source>
        <translation>nomor seri|kode cek, mis. {example}</translation>
    </message>
    <message>
        <source>events</source>
        <translation>acara</translation>
    </message>
    <message>
        <source>people</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>soal</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>laptop keys</source>
        <translation>kunci laptop</translation>
    </message>
</context>
</TS>
