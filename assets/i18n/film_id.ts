<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>kerinjing</name>
    <message>
        <source>The film did not start within {s} s.</source>
        <translation>Film tidak mulai dalam {s} detik.</translation>
    </message>
    <message>
        <source>The film file {path} does not exist.</source>
        <translation>Berkas film {path} tidak ada.</translation>
    </message>
    <message>
        <source>the film: check a file before the day</source>
        <translation>film: periksa berkas sebelum hari kegiatan</translation>
    </message>
    <message>
        <source>duration, video size, tracks; exit 1 if unplayable</source>
        <translation>durasi, ukuran video, trek; keluar dengan kode 1 bila tidak bisa diputar</translation>
    </message>
    <message>
        <source>the film file</source>
        <translation>berkas film</translation>
    </message>
    <message>
        <source>Plays: yes</source>
        <translation>Bisa diputar: ya</translation>
    </message>
    <message>
        <source>Plays: no</source>
        <translation>Bisa diputar: tidak</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Berkas: {path}</translation>
    </message>
    <message>
        <source>Duration: {duration} ({ms} ms)</source>
        <translation>Durasi: {duration} ({ms} md)</translation>
    </message>
    <message>
        <source>Picture: {width}×{height}</source>
        <translation>Gambar: {width}×{height}</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Trek: {track}</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Masalah: {problem}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Peringatan: {warning}</translation>
    </message>
    <message>
        <source>The file plays: {duration}, {width}×{height}.</source>
        <translation>Berkas bisa diputar: {duration}, {width}×{height}.</translation>
    </message>
    <message>
        <source>The film file {path} does not exist (was the USB stick removed?).</source>
        <translation>Berkas film {path} tidak ada (apakah flashdisk dicabut?).</translation>
    </message>
    <message>
        <source>{path} is a folder; choose the film file inside it.</source>
        <translation>{path} adalah folder; pilih berkas film di dalamnya.</translation>
    </message>
    <message>
        <source>The film file {path} is empty (0 bytes): copy it again.</source>
        <translation>Berkas film {path} kosong (0 byte): salin ulang.</translation>
    </message>
    <message>
        <source>VLC reports an error while playing this file.</source>
        <translation>VLC melaporkan galat saat memutar berkas ini.</translation>
    </message>
    <message>
        <source>The file ends as soon as it starts (it plays for 0 s): it is damaged or incomplete. Copy it again from the original.</source>
        <translation>Berkas langsung selesai begitu dimulai (diputar 0 detik): berkas rusak atau tidak lengkap. Salin ulang dari sumber aslinya.</translation>
    </message>
    <message>
        <source>VLC was slow to start this file; play it once before the day.</source>
        <translation>VLC lambat memulai berkas ini; putar sekali sebelum hari kegiatan.</translation>
    </message>
    <message>
        <source>VLC finds nothing to play in this file: it is not a film, or it is damaged.</source>
        <translation>VLC tidak menemukan apa pun untuk diputar dalam berkas ini: ini bukan film, atau berkas rusak.</translation>
    </message>
    <message>
        <source>VLC cannot tell how long this film is; it may be damaged.</source>
        <translation>VLC tidak dapat mengetahui durasi film ini; berkas mungkin rusak.</translation>
    </message>
    <message>
        <source>No film file chosen yet (choose it in the Film step before the day).</source>
        <translation>Belum ada berkas film yang dipilih (pilih di langkah Film sebelum hari kegiatan).</translation>
    </message>
    <message>
        <source>video {codec} {width}×{height}</source>
        <translation>video {codec} {width}×{height}</translation>
    </message>
    <message>
        <source>audio {codec}, {channels} channel(s), {rate} Hz</source>
        <translation>audio {codec}, {channels} kanal, {rate} Hz</translation>
    </message>
    <message>
        <source>subtitles {codec}</source>
        <translation>subtitel {codec}</translation>
    </message>
    <message>
        <source>The film file {path} cannot be read: {reason}.</source>
        <translation>Berkas film {path} tidak dapat dibaca: {reason}.</translation>
    </message>
    <message>
        <source>The file has sound but no picture (audio only): choose the video file of the film.</source>
        <translation>Berkas ini hanya berisi suara tanpa gambar (audio saja): pilih berkas video filmnya.</translation>
    </message>
    <message>
        <source>Could not confirm that the end of the file plays; watch the end once.</source>
        <translation>Tidak dapat memastikan bagian akhir berkas bisa diputar; tonton bagian akhirnya sekali.</translation>
    </message>
    <message>
        <source>VLC {version} is installed.</source>
        <translation>VLC {version} terpasang.</translation>
    </message>
    <message>
        <source>Film {path}: {summary}</source>
        <translation>Film {path}: {summary}</translation>
    </message>
    <message>
        <source>Film {path}: {problem} Choose the file again in the Film step.</source>
        <translation>Film {path}: {problem} Pilih ulang berkasnya di langkah Film.</translation>
    </message>
    <message>
        <source>Film {path}: {warning}</source>
        <translation>Film {path}: {warning}</translation>
    </message>
    <message>
        <source>VLC cannot show the picture of this file (video {codec}): it is damaged, or VLC lacks this codec.</source>
        <translation>VLC tidak dapat menampilkan gambar berkas ini (video {codec}): berkas rusak, atau VLC tidak memiliki kodek ini.</translation>
    </message>
    <message>
        <source>The file stops before {at} although it should last {duration}: it is damaged or was not copied completely. Copy it again.</source>
        <translation>Berkas berhenti sebelum {at} padahal seharusnya berdurasi {duration}: berkas rusak atau tidak tersalin seluruhnya. Salin ulang.</translation>
    </message>
    <message>
        <source>The file lasts {found}; the IOM film lasts {expected}. Is this the right film?</source>
        <translation>Durasi berkas ini {found}; film IOM berdurasi {expected}. Apakah ini film yang benar?</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Question for the room</source>
        <translation>Pertanyaan untuk peserta</translation>
    </message>
    <message>
        <source>A discussion pause needs a question.</source>
        <translation>Jeda diskusi harus punya pertanyaan.</translation>
    </message>
    <message>
        <source>“{text}” is not a time: write minutes:seconds, e.g. 05:30.</source>
        <translation>“{text}” bukan waktu: tulis menit:detik, misalnya 05:30.</translation>
    </message>
    <message>
        <source>Demo pause: what did you notice in the first seconds?</source>
        <translation>Jeda diskusi (contoh): apa yang Anda perhatikan pada detik-detik pertama?</translation>
    </message>
    <message>
        <source>Demo pause: the film stops here for the room to talk.</source>
        <translation>Jeda diskusi (contoh): film berhenti di sini agar peserta berdiskusi.</translation>
    </message>
    <message>
        <source>VLC could not start the film.</source>
        <translation>VLC tidak dapat memulai film.</translation>
    </message>
    <message>
        <source>The file ended at once: it is damaged or is not a film.</source>
        <translation>Berkas langsung selesai: berkas rusak atau bukan film.</translation>
    </message>
    <message>
        <source>The film file is gone (was the USB stick removed?). Put it back and press Play to continue at {at}.</source>
        <translation>Berkas film hilang (apakah flashdisk dicabut?). Pasang kembali lalu tekan Putar untuk melanjutkan dari {at}.</translation>
    </message>
    <message>
        <source>The subtitle file {path} does not exist.</source>
        <translation>Berkas subtitel {path} tidak ada.</translation>
    </message>
    <message>
        <source>VLC cannot use the subtitle file {path}.</source>
        <translation>VLC tidak dapat memakai berkas subtitel {path}.</translation>
    </message>
    <message>
        <source>The film stopped at {at}, before its end ({length}): the file may be damaged or incomplete. Check it with “Check the file”.</source>
        <translation>Film berhenti di {at}, sebelum akhirnya ({length}): berkas mungkin rusak atau tidak lengkap. Periksa dengan “Periksa berkas”.</translation>
    </message>
    <message>
        <source>VLC could not play the film file; it may be damaged.</source>
        <translation>VLC tidak dapat memutar berkas film; berkas mungkin rusak.</translation>
    </message>
    <message>
        <source>Let us talk about it</source>
        <translation>Mari kita diskusikan</translation>
    </message>
    <message>
        <source>The film continues when the facilitator is ready.</source>
        <translation>Film dilanjutkan setelah fasilitator siap.</translation>
    </message>
    <message>
        <source>Film — audience screen</source>
        <translation>Film — layar peserta</translation>
    </message>
    <message>
        <source>VLC is not installed.</source>
        <translation>VLC belum terpasang.</translation>
    </message>
    <message>
        <source>The film needs VLC media player 3 (free, from VideoLAN) installed on this laptop.</source>
        <translation>Pemutaran film memerlukan VLC media player 3 (gratis, dari VideoLAN) yang terpasang di laptop ini.</translation>
    </message>
    <message>
        <source>Windows: install the 64-bit VLC 3 from videolan.org (the 32-bit one does not work with this app), then restart Kerinjing Desktop.</source>
        <translation>Windows: pasang VLC 3 versi 64-bit dari videolan.org (versi 32-bit tidak bisa dipakai aplikasi ini), lalu buka ulang Kerinjing Desktop.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: sudo apt install vlc</source>
        <translation>Debian atau Ubuntu: sudo apt install vlc</translation>
    </message>
    <message>
        <source>macOS: install VLC 3 from videolan.org into the Applications folder.</source>
        <translation>macOS: pasang VLC 3 dari videolan.org ke folder Applications.</translation>
    </message>
    <message>
        <source>Without VLC everything else in the app still works.</source>
        <translation>Tanpa VLC, semua bagian lain aplikasi tetap berfungsi.</translation>
    </message>
    <message>
        <source>VLC {version} is installed; this app needs VLC 3 (3.0.x).</source>
        <translation>Yang terpasang VLC {version}; aplikasi ini memerlukan VLC 3 (3.0.x).</translation>
    </message>
    <message>
        <source>VLC is installed but its plugins are missing or damaged; reinstall VLC.</source>
        <translation>VLC terpasang tetapi plugin-nya hilang atau rusak; pasang ulang VLC.</translation>
    </message>
    <message>
        <source>VLC is installed but cannot be loaded ({reason}).</source>
        <translation>VLC terpasang tetapi tidak dapat dimuat ({reason}).</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Check again for VLC</source>
        <translation>Periksa VLC lagi</translation>
    </message>
    <message>
        <source>Film file</source>
        <translation>Berkas film</translation>
    </message>
    <message>
        <source>Choose the film…</source>
        <translation>Pilih film…</translation>
    </message>
    <message>
        <source>Use the demo clip</source>
        <translation>Pakai klip demo</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Periksa berkas</translation>
    </message>
    <message>
        <source>Subtitles: none</source>
        <translation>Subtitel: tidak ada</translation>
    </message>
    <message>
        <source>Subtitle file…</source>
        <translation>Berkas subtitel…</translation>
    </message>
    <message>
        <source>No subtitles</source>
        <translation>Tanpa subtitel</translation>
    </message>
    <message>
        <source>Playing</source>
        <translation>Pemutaran</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 dtk</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 dtk</translation>
    </message>
    <message>
        <source>From the start</source>
        <translation>Dari awal</translation>
    </message>
    <message>
        <source>Show the audience window</source>
        <translation>Tampilkan jendela penonton</translation>
    </message>
    <message>
        <source>Continue the film</source>
        <translation>Lanjutkan film</translation>
    </message>
    <message>
        <source>Discussion pauses</source>
        <translation>Jeda diskusi</translation>
    </message>
    <message>
        <source>Add a pause here</source>
        <translation>Tambah jeda diskusi di sini</translation>
    </message>
    <message>
        <source>A new pause at the film's current time</source>
        <translation>Jeda diskusi baru pada waktu film saat ini</translation>
    </message>
    <message>
        <source>Restore the preset</source>
        <translation>Kembalikan daftar bawaan</translation>
    </message>
    <message>
        <source>The demo clip pauses at 00:02 and 00:04; this list is for the film.</source>
        <translation>Klip demo berhenti di 00:02 dan 00:04; daftar ini untuk filmnya.</translation>
    </message>
    <message>
        <source>Choose the film</source>
        <translation>Pilih film</translation>
    </message>
    <message>
        <source>Checking the film file…</source>
        <translation>Memeriksa berkas film…</translation>
    </message>
    <message>
        <source>Choose the subtitle file</source>
        <translation>Pilih berkas subtitel</translation>
    </message>
    <message>
        <source>The film has ended.</source>
        <translation>Film sudah selesai.</translation>
    </message>
    <message>
        <source>New question for the room</source>
        <translation>Pertanyaan baru untuk peserta</translation>
    </message>
    <message>
        <source>The film: “{title}” (IOM, {duration}), with pauses for discussion</source>
        <translation>Film: “{title}” (IOM, {duration}), dengan jeda untuk diskusi</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Discussion pause — the question on the projector:</source>
        <translation>Jeda diskusi — pertanyaan di proyektor:</translation>
    </message>
    <message>
        <source>The film pauses at each time and shows the question on the projector.</source>
        <translation>Film berhenti pada setiap waktu ini dan menampilkan pertanyaannya di proyektor.</translation>
    </message>
    <message>
        <source>Under Wayland the film cannot be placed on the projector: start the app with QT_QPA_PLATFORM=xcb.</source>
        <translation>Di Wayland film tidak dapat ditempatkan di proyektor: jalankan aplikasi dengan QT_QPA_PLATFORM=xcb.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>The film file cannot be found.</source>
        <translation>Berkas film tidak ditemukan.</translation>
    </message>
    <message>
        <source>Hide the audience window</source>
        <translation>Sembunyikan jendela penonton</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>No film chosen yet.</source>
        <translation>Belum ada film yang dipilih.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Discussion pause at {at}.</source>
        <translation>Jeda diskusi di {at}.</translation>
    </message>
    <message>
        <source>Subtitles: {name}</source>
        <translation>Subtitel: {name}</translation>
    </message>
    <message>
        <source>Last time the film stopped at {at}; Play continues there.</source>
        <translation>Terakhir kali film berhenti di {at}; Putar akan melanjutkan dari sana.</translation>
    </message>
    <message>
        <source>Films ({patterns})</source>
        <translation>Film ({patterns})</translation>
    </message>
    <message>
        <source>Subtitles ({patterns})</source>
        <translation>Subtitel ({patterns})</translation>
    </message>
</context>
</TS>
