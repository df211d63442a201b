<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>No keys of its own on this page.</source>
        <translation>Halaman ini tidak punya tombol pintas sendiri.</translation>
    </message>
    <message>
        <source>Tab moves between fields; Space or Enter presses a button.</source>
        <translation>Tab berpindah antarisian; Spasi atau Enter menekan tombol.</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Di semua halaman</translation>
    </message>
    <message>
        <source>The day, step by step</source>
        <translation>Hari kegiatan, langkah demi langkah</translation>
    </message>
    <message>
        <source>Check-in, tests, slides and film</source>
        <translation>Kehadiran, tes, slide, dan film</translation>
    </message>
    <message>
        <source>Your data stays on this laptop</source>
        <translation>Data Anda tetap di laptop ini</translation>
    </message>
    <message>
        <source>The list on the left is the day, in order: the event, check-in, the pre-test, the slides, the film, the post-test, the results, the discussion, and the certificates and report.</source>
        <translation>Daftar di sebelah kiri adalah urutan hari kegiatan: acara, kehadiran peserta, tes awal, slide, film, tes akhir, hasil, diskusi, lalu sertifikat dan laporan.</translation>
    </message>
    <message>
        <source>Start at the top and go down. Ctrl+1 to Ctrl+9 jump to a step; F1 lists the keys of the page you are on.</source>
        <translation>Mulailah dari atas lalu turun. Ctrl+1 sampai Ctrl+9 melompat ke suatu langkah; F1 menampilkan tombol pintas halaman yang sedang dibuka.</translation>
    </message>
    <message>
        <source>Backups and Settings are at the end of the list, outside the day.</source>
        <translation>Cadangan dan Pengaturan ada di akhir daftar, di luar urutan hari kegiatan.</translation>
    </message>
    <message>
        <source>Check-in: type a name or a code and press Space to mark a person present. Walk-ins are added with Ctrl+N.</source>
        <translation>Kehadiran: ketik nama atau kode, lalu tekan Spasi untuk menandai hadir. Peserta yang datang langsung ditambahkan dengan Ctrl+N.</translation>
    </message>
    <message>
        <source>Tests: print the test papers, then type each person's answers into the grid; the results compare the pre-test with the post-test.</source>
        <translation>Tes: cetak lembar tes, lalu ketik jawaban setiap orang ke dalam tabel; hasilnya membandingkan tes awal dengan tes akhir.</translation>
    </message>
    <message>
        <source>Slides: F5 presents on the projector while your notes stay on the laptop. Film: pick the file before the day and check that it plays.</source>
        <translation>Slide: F5 menayangkan ke proyektor, sementara catatan Anda tetap di laptop. Film: pilih berkasnya sebelum hari kegiatan dan periksa bahwa film bisa diputar.</translation>
    </message>
    <message>
        <source>Names and answers are kept only on this laptop. The app never goes online.</source>
        <translation>Nama dan jawaban hanya disimpan di laptop ini. Aplikasi ini tidak pernah tersambung ke internet.</translation>
    </message>
    <message>
        <source>Every entry is saved the moment you confirm it, and a checked backup is made every 10 minutes while you work. The Backups step restores one or moves data to another laptop.</source>
        <translation>Setiap isian tersimpan begitu Anda mengonfirmasinya, dan cadangan yang sudah diperiksa dibuat setiap 10 menit selama Anda bekerja. Langkah Cadangan memulihkan cadangan atau memindahkan data ke laptop lain.</translation>
    </message>
    <message>
        <source>After a power cut, just start the app again: everything confirmed is there. If the data file was damaged, the app offers the newest good backup.</source>
        <translation>Setelah listrik padam, cukup buka aplikasi lagi: semua yang sudah dikonfirmasi masih ada. Jika berkas data rusak, aplikasi menawarkan cadangan baik yang terbaru.</translation>
    </message>
    <message>
        <source>Welcome to Kerinjing Desktop</source>
        <translation>Selamat datang di Kerinjing Desktop</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Berikutnya ▶</translation>
    </message>
    <message>
        <source>Screen {n} of {total}</source>
        <translation>Layar {n} dari {total}</translation>
    </message>
    <message>
        <source>Go to step 1 … 9</source>
        <translation>Ke langkah 1 … 9</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Choose the event</source>
        <translation>Memilih acara</translation>
    </message>
    <message>
        <source>Close the app (a backup is made first)</source>
        <translation>Menutup aplikasi (cadangan dibuat dulu)</translation>
    </message>
    <message>
        <source>This list of keys</source>
        <translation>Daftar tombol ini</translation>
    </message>
    <message>
        <source>Save the event</source>
        <translation>Menyimpan acara</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Mencari di daftar</translation>
    </message>
    <message>
        <source>Type the name of a walk-in participant</source>
        <translation>Mengetik nama peserta yang datang langsung</translation>
    </message>
    <message>
        <source>Mark the selected person present or absent</source>
        <translation>Menandai orang yang dipilih hadir atau tidak hadir</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Mengubah data orang yang dipilih</translation>
    </message>
    <message>
        <source>Remove the selected person (asks first)</source>
        <translation>Menghapus orang yang dipilih (bertanya dulu)</translation>
    </message>
    <message>
        <source>Go to a participant code</source>
        <translation>Ke kode peserta</translation>
    </message>
    <message>
        <source>Next cell</source>
        <translation>Sel berikutnya</translation>
    </message>
    <message>
        <source>Present from the first slide</source>
        <translation>Menayangkan dari slide pertama</translation>
    </message>
    <message>
        <source>Present from the selected slide</source>
        <translation>Menayangkan dari slide yang dipilih</translation>
    </message>
    <message>
        <source>A new language shows when the app starts again.</source>
        <translation>Bahasa baru tampil setelah aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Lebih besar</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Paling besar</translation>
    </message>
    <message>
        <source>High contrast (for bright halls)</source>
        <translation>Kontras tinggi (untuk ruangan yang terang)</translation>
    </message>
    <message>
        <source>Language and reading comfort</source>
        <translation>Bahasa dan kenyamanan membaca</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Ukuran huruf</translation>
    </message>
    <message>
        <source>Help contacts</source>
        <translation>Kontak bantuan</translation>
    </message>
    <message>
        <source>Where people can get help, such as SAPA 129. Fill in the numbers of the local offices before the day; point at a name to read what the service does.</source>
        <translation>Tempat warga bisa mendapat bantuan, seperti SAPA 129. Isi nomor kantor setempat sebelum hari kegiatan; arahkan penunjuk ke sebuah nama untuk membaca keterangan layanannya.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Hapus kontak</translation>
    </message>
    <message>
        <source>Save the contacts</source>
        <translation>Simpan kontak</translation>
    </message>
    <message>
        <source>Show the welcome tour again</source>
        <translation>Tampilkan lagi tur sambutan</translation>
    </message>
    <message>
        <source>Saved. The new language shows when the app starts again.</source>
        <translation>Tersimpan. Bahasa baru tampil setelah aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>A bundled contact stays; clear its number instead.</source>
        <translation>Kontak bawaan tidak bisa dihapus; kosongkan nomornya saja.</translation>
    </message>
    <message>
        <source>{name} ({size} pt)</source>
        <translation>{name} ({size} pt)</translation>
    </message>
    <message>
        <source>an unexpected problem: {reason}</source>
        <translation>masalah yang tidak terduga: {reason}</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <source>the help contacts (SAPA 129, …)</source>
        <translation>kontak bantuan (SAPA 129, …)</translation>
    </message>
    <message>
        <source>change the number (and name) of a contact</source>
        <translation>ubah nomor (dan nama) sebuah kontak</translation>
    </message>
    <message>
        <source>add a contact of your own</source>
        <translation>tambah kontak Anda sendiri</translation>
    </message>
    <message>
        <source>No contact {key}; the keys are: {keys}</source>
        <translation>Tidak ada kontak {key}; kuncinya: {keys}</translation>
    </message>
    <message>
        <source>No one on the list yet. Type a name in the walk-in box (Ctrl+N), or import a list (CSV or Excel).</source>
        <translation>Belum ada peserta. Ketik nama di kotak peserta baru (Ctrl+N), atau impor daftar (CSV atau Excel).</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <source>No participants yet: add them on step 2, or type a walk-in in the box below.</source>
        <translation>Belum ada peserta: tambahkan di langkah 2, atau ketik peserta yang datang langsung di kotak di bawah.</translation>
    </message>
    <message>
        <source>No photos yet. Add photos of the day (JPEG or PNG): the activity report shows them with their captions.</source>
        <translation>Belum ada foto. Tambahkan foto kegiatan (JPEG atau PNG): laporan kegiatan menampilkannya bersama keterangannya.</translation>
    </message>
</context>
</TS>
