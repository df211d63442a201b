<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>The output could not be written: {reason}</source>
        <translation>Keluaran tidak dapat ditulis: {reason}</translation>
    </message>
    <message>
        <source>{option} is empty: give a file or folder name</source>
        <translation>{option} kosong: isi dengan nama berkas atau folder</translation>
    </message>
    <message>
        <source>An unexpected problem stopped the command: {reason}. What was saved before is safe. Details were written to {log}.</source>
        <translation>Perintah terhenti karena masalah tak terduga: {reason}. Data yang sudah tersimpan aman. Rinciannya ditulis ke {log}.</translation>
    </message>
    <message>
        <source>The store lacks parts this version needs: {detail}. Restore a backup (kerinjing-desktop backup list).</source>
        <translation>Data kurang bagian yang diperlukan versi ini: {detail}. Pulihkan dari cadangan (kerinjing-desktop backup list).</translation>
    </message>
    <message>
        <source>The data is in use by {who}; commands that change data wait for it.</source>
        <translation>Data sedang dipakai oleh {who}; perintah yang mengubah data menunggu sampai selesai.</translation>
    </message>
    <message>
        <source>The store as it was before a restore is kept as {path}. To go back to it: kerinjing-desktop restore {path}</source>
        <translation>Data sebelum pemulihan disimpan sebagai {path}. Untuk kembali ke data itu: kerinjing-desktop restore {path}</translation>
    </message>
    <message>
        <source>A copy made for a restore that never took place is kept as {path} (safe to delete).</source>
        <translation>Salinan untuk pemulihan yang tidak jadi dilakukan disimpan sebagai {path} (aman untuk dihapus).</translation>
    </message>
    <message>
        <source>A restore was interrupted and is not finished: {path}. Close the window, then open the app or run any command to finish it.</source>
        <translation>Pemulihan terputus dan belum selesai: {path}. Tutup jendela aplikasi, lalu buka aplikasi atau jalankan perintah apa saja untuk menyelesaikannya.</translation>
    </message>
    <message>
        <source>the Kerinjing Desktop window</source>
        <translation>jendela Kerinjing Desktop</translation>
    </message>
    <message>
        <source>another Kerinjing Desktop program</source>
        <translation>program Kerinjing Desktop lain</translation>
    </message>
    <message>
        <source>Use that window, or close it and try again.</source>
        <translation>Pakai jendela itu, atau tutup dulu lalu coba lagi.</translation>
    </message>
    <message>
        <source>Wait until it has finished, then try again.</source>
        <translation>Tunggu sampai selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{who} (process {pid}, since {since})</source>
        <translation>{who} (proses {pid}, sejak {since})</translation>
    </message>
    <message>
        <source>The data in {folder} is in use by {who}. Nothing was changed. {advice}</source>
        <translation>Data di {folder} sedang dipakai oleh {who}. Tidak ada yang diubah. {advice}</translation>
    </message>
    <message>
        <source>the command `kerinjing-desktop {command}`</source>
        <translation>perintah `kerinjing-desktop {command}`</translation>
    </message>
    <message>
        <source>{item} is missing</source>
        <translation>{item} tidak ada</translation>
    </message>
    <message>
        <source>{item} lacks the columns {names}</source>
        <translation>{item} tidak punya kolom {names}</translation>
    </message>
    <message>
        <source>{path} cannot be used by this version of the app: {reason}</source>
        <translation>{path} tidak dapat dipakai oleh versi aplikasi ini: {reason}</translation>
    </message>
    <message>
        <source>Not restored: {path} does not exist.</source>
        <translation>Tidak dipulihkan: {path} tidak ada.</translation>
    </message>
    <message>
        <source>Not restored: {path} is not a Kerinjing data file (not SQLite).</source>
        <translation>Tidak dipulihkan: {path} bukan berkas data Kerinjing (bukan SQLite).</translation>
    </message>
    <message>
        <source>Not restored: {path} is the data file in use.</source>
        <translation>Tidak dipulihkan: {path} adalah berkas data yang sedang dipakai.</translation>
    </message>
    <message>
        <source>Not restored: {path} is damaged: {reason}</source>
        <translation>Tidak dipulihkan: {path} rusak: {reason}</translation>
    </message>
    <message>
        <source>Another program kept the data busy for too long, so this change was not saved (nothing else changed). Try again in a moment.</source>
        <translation>Program lain memakai data terlalu lama, jadi perubahan ini tidak tersimpan (tidak ada yang lain berubah). Coba lagi sebentar lagi.</translation>
    </message>
</context>
</TS>
