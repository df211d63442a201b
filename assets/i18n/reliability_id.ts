<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>make a verified backup now</source>
        <translation>buat cadangan terperiksa sekarang</translation>
    </message>
    <message>
        <source>list the backups, newest first</source>
        <translation>daftar cadangan, terbaru di atas</translation>
    </message>
    <message>
        <source>replace the store with a backup file</source>
        <translation>ganti data dengan berkas cadangan</translation>
    </message>
    <message>
        <source>move data between laptops</source>
        <translation>pindahkan data antarlaptop</translation>
    </message>
    <message>
        <source>write a bundle file</source>
        <translation>tulis berkas bundel</translation>
    </message>
    <message>
        <source>also carry notes and commitments marked sensitive</source>
        <translation>ikut bawa catatan dan komitmen bertanda sensitif</translation>
    </message>
    <message>
        <source>merge a bundle file into this store</source>
        <translation>gabungkan berkas bundel ke data ini</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>{file} sudah dipulihkan.</translation>
    </message>
    <message>
        <source>Wrote {file}: {rows} rows, {deletions} deletions.</source>
        <translation>{file} ditulis: {rows} baris, {deletions} penghapusan.</translation>
    </message>
    <message>
        <source>Merged: {added} added, {updated} updated, {deleted} deleted, {same} unchanged.</source>
        <translation>Digabung: {added} ditambah, {updated} diperbarui, {deleted} dihapus, {same} tidak berubah.</translation>
    </message>
    <message>
        <source>The previous store was kept as {path}.</source>
        <translation>Data sebelumnya disimpan sebagai {path}.</translation>
    </message>
    <message>
        <source>Conflict: {what}</source>
        <translation>Konflik: {what}</translation>
    </message>
    <message>
        <source>No backup yet. Run: kerinjing-desktop backup (the app also makes one at every start).</source>
        <translation>Belum ada cadangan. Jalankan: kerinjing-desktop backup (aplikasi juga membuatnya setiap kali dibuka).</translation>
    </message>
    <message>
        <source>Backups: {count}, newest {when}</source>
        <translation>Cadangan: {count}, terbaru {when}</translation>
    </message>
    <message>
        <source>A damaged store was kept aside as {path} (safe to archive).</source>
        <translation>Data rusak disisihkan sebagai {path} (boleh diarsipkan).</translation>
    </message>
    <message>
        <source>The newest backup is damaged: {reason}. Run: kerinjing-desktop backup</source>
        <translation>Cadangan terbaru rusak: {reason}. Jalankan: kerinjing-desktop backup</translation>
    </message>
    <message>
        <source>The newest backup is {days} days old. Run: kerinjing-desktop backup</source>
        <translation>Cadangan terbaru sudah {days} hari. Jalankan: kerinjing-desktop backup</translation>
    </message>
    <message>
        <source>The bundle {file} was refused, nothing was merged: {reason}</source>
        <translation>Bundel {file} ditolak, tidak ada yang digabung: {reason}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>berkasnya tidak ada</translation>
    </message>
    <message>
        <source>it is not a Kerinjing bundle</source>
        <translation>ini bukan bundel Kerinjing</translation>
    </message>
    <message>
        <source>its checksum does not match (changed or damaged on the way)</source>
        <translation>checksum-nya tidak cocok (berubah atau rusak di perjalanan)</translation>
    </message>
    <message>
        <source>it was made by a newer Kerinjing Desktop</source>
        <translation>dibuat oleh Kerinjing Desktop yang lebih baru</translation>
    </message>
    <message>
        <source>The bundle {file} was not written: {reason}</source>
        <translation>Bundel {file} tidak tertulis: {reason}</translation>
    </message>
    <message>
        <source>it holds unknown rows</source>
        <translation>isinya baris yang tidak dikenal</translation>
    </message>
    <message>
        <source>The bundle {file} was not merged, nothing changed: {reason}</source>
        <translation>Bundel {file} tidak digabung, tidak ada yang berubah: {reason}</translation>
    </message>
    <message>
        <source>it is damaged or truncated ({reason})</source>
        <translation>berkasnya rusak atau terpotong ({reason})</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} is not a Kerinjing data file (not SQLite).</source>
        <translation>{path} bukan berkas data Kerinjing (bukan SQLite).</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}</source>
        <translation>{path} rusak: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Kerinjing data file.</source>
        <translation>{path} bukan berkas data Kerinjing.</translation>
    </message>
    <message>
        <source>{path} was made by a newer Kerinjing Desktop. Update the app.</source>
        <translation>{path} dibuat oleh Kerinjing Desktop yang lebih baru. Perbarui aplikasi.</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>Tidak dipulihkan: {reason}</translation>
    </message>
    <message>
        <source>The new backup failed its check: {reason}</source>
        <translation>Cadangan baru gagal diperiksa: {reason}</translation>
    </message>
    <message>
        <source>No backup was made. {reason}</source>
        <translation>Cadangan tidak dibuat. {reason}</translation>
    </message>
    <message>
        <source>The disk is full: nothing more can be saved. What was saved before is safe. Free some space (delete old downloads or videos) and try again.</source>
        <translation>Disk penuh: tidak ada lagi yang bisa disimpan. Yang sudah tersimpan aman. Kosongkan ruang (hapus unduhan atau video lama) lalu coba lagi.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to (it is read-only). What was saved before is safe. Choose another folder with --data-dir or fix the folder's permissions.</source>
        <translation>Folder data tidak bisa ditulisi (hanya-baca). Yang sudah tersimpan aman. Pilih folder lain dengan --data-dir atau perbaiki izin foldernya.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: the folder may be read-only or missing. Choose another folder with --data-dir or fix its permissions.</source>
        <translation>Berkas data tidak bisa dibuka: foldernya mungkin hanya-baca atau tidak ada. Pilih folder lain dengan --data-dir atau perbaiki izinnya.</translation>
    </message>
    <message>
        <source>The data could not be saved: {reason}</source>
        <translation>Data tidak bisa disimpan: {reason}</translation>
    </message>
    <message>
        <source>The data file is damaged ({reason}).</source>
        <translation>Berkas data rusak ({reason}).</translation>
    </message>
    <message>
        <source>There is no good backup. Open the app to start with an empty store, or ask for help to rescue the damaged file.</source>
        <translation>Tidak ada cadangan yang baik. Buka aplikasi untuk mulai dengan data kosong, atau minta bantuan untuk menyelamatkan berkas yang rusak.</translation>
    </message>
    <message>
        <source>moved aside earlier; not yet replaced</source>
        <translation>sudah disisihkan sebelumnya; belum diganti</translation>
    </message>
    <message>
        <source>not a SQLite file</source>
        <translation>bukan berkas SQLite</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>berkasnya kosong (0 byte)</translation>
    </message>
    <message>
        <source>It was moved aside to {path}; nothing was deleted.</source>
        <translation>Berkas itu disisihkan ke {path}; tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Open the app to use it, or run: kerinjing-desktop restore {file}</source>
        <translation>Cadangan baik terbaru dari {when}. Buka aplikasi untuk memakainya, atau jalankan: kerinjing-desktop restore {file}</translation>
    </message>
    <message>
        <source>{row}: not merged ({reason})</source>
        <translation>{row}: tidak digabung ({reason})</translation>
    </message>
    <message>
        <source>Two participants had code {code}; the later one is now {new}.</source>
        <translation>Dua peserta memakai kode {code}; yang terakhir sekarang {new}.</translation>
    </message>
    <message>
        <source>{row}: this person is already registered here; kept this laptop's record.</source>
        <translation>{row}: orang ini sudah terdaftar di sini; catatan laptop ini dipertahankan.</translation>
    </message>
    <message>
        <source>{row}: kept this laptop's newer version.</source>
        <translation>{row}: versi laptop ini yang lebih baru dipertahankan.</translation>
    </message>
    <message>
        <source>{row}: the change made here was replaced by a newer one.</source>
        <translation>{row}: perubahan di sini diganti oleh yang lebih baru.</translation>
    </message>
    <message>
        <source>{table} {id}: deleted on another laptop but changed here later; kept.</source>
        <translation>{table} {id}: dihapus di laptop lain tetapi diubah di sini sesudahnya; dipertahankan.</translation>
    </message>
    <message>
        <source>{row}: not merged, what it belongs to was deleted here.</source>
        <translation>{row}: tidak digabung, induknya sudah dihapus di sini.</translation>
    </message>
    <message>
        <source>A verified copy of the data is made when the app starts and closes, and every 10 minutes while you work. The last 10 are kept, and one a day for 30 days.</source>
        <translation>Salinan data yang terperiksa dibuat saat aplikasi dibuka dan ditutup, dan setiap 10 menit selama Anda bekerja. Sepuluh terakhir disimpan, ditambah satu per hari selama 30 hari.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Pulihkan yang dipilih…</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Ekspor bundel…</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>Impor bundel…</translation>
    </message>
    <message>
        <source>Backup saved: {file}</source>
        <translation>Cadangan tersimpan: {file}</translation>
    </message>
    <message>
        <source>Replace the current data with the backup from {when}? The current data is kept aside, not deleted.</source>
        <translation>Ganti data sekarang dengan cadangan dari {when}? Data sekarang disisihkan, tidak dihapus.</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>Berkas data rusak</translation>
    </message>
    <message>
        <source>Start with an empty store? The damaged file is kept.</source>
        <translation>Mulai dengan data kosong? Berkas yang rusak tetap disimpan.</translation>
    </message>
    <message>
        <source>Open the backup now?</source>
        <translation>Buka cadangan itu sekarang?</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
</context>
</TS>
