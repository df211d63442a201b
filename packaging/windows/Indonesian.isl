; *** Inno Setup version 6.4.0+ Indonesian messages (Bahasa Indonesia) ***
;
; Written for Kerinjing Desktop by its own developers, translated directly from
; the English Default.isl of Inno Setup 6.4.1 (not based on any other
; translation). Same keys and placeholders as Default.isl:
; tests/test_packaging.py checks them.
;
; Note: as in Default.isl, messages without a period (.) at the end must stay
; without one, because Inno Setup adds the period itself.
;
; Terms used: pasang/pemasangan (install), program pemasang (Setup),
; hapus/penghapusan (uninstall), berkas (file), folder, pintasan (shortcut),
; mulai ulang (restart), Telusuri (Browse).

[LangOptions]
; See the '[LangOptions] section' topic in Inno Setup's help file.
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=1252

[Messages]

; *** Application titles
SetupAppTitle=Pemasangan
SetupWindowTitle=Pemasangan - %1
UninstallAppTitle=Hapus Pemasangan
UninstallAppFullTitle=Hapus Pemasangan %1

; *** Misc. common
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan

; *** SetupLdr messages
SetupLdrStartupMessage=Program ini akan memasang %1. Lanjutkan?
LdrCannotCreateTemp=Tidak dapat membuat berkas sementara. Pemasangan dibatalkan
LdrCannotExecTemp=Tidak dapat menjalankan berkas di folder sementara. Pemasangan dibatalkan
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nKesalahan %2: %3
SetupFileMissing=Berkas %1 tidak ada di folder pemasangan. Perbaiki masalah ini atau dapatkan salinan baru program ini.
SetupFileCorrupt=Berkas pemasangan rusak. Dapatkan salinan baru program ini.
SetupFileCorruptOrWrongVer=Berkas pemasangan rusak atau tidak cocok dengan versi program pemasang ini. Perbaiki masalah ini atau dapatkan salinan baru program ini.
InvalidParameter=Ada parameter yang tidak sah di baris perintah:%n%n%1
SetupAlreadyRunning=Program pemasang sudah berjalan.
WindowsVersionNotSupported=Program ini tidak mendukung versi Windows di komputer Anda.
WindowsServicePackRequired=Program ini memerlukan %1 Service Pack %2 atau yang lebih baru.
NotOnThisPlatform=Program ini tidak dapat berjalan di %1.
OnlyOnThisPlatform=Program ini harus dijalankan di %1.
OnlyOnTheseArchitectures=Program ini hanya dapat dipasang pada versi Windows untuk arsitektur prosesor berikut:%n%n%1
WinVersionTooLowError=Program ini memerlukan %1 versi %2 atau yang lebih baru.
WinVersionTooHighError=Program ini tidak dapat dipasang pada %1 versi %2 atau yang lebih baru.
AdminPrivilegesRequired=Anda harus masuk sebagai administrator untuk memasang program ini.
PowerUserPrivilegesRequired=Anda harus masuk sebagai administrator atau anggota grup Power Users untuk memasang program ini.
SetupAppRunningError=Program pemasang mendeteksi bahwa %1 sedang berjalan.%n%nTutup semua jendelanya sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=Program penghapus mendeteksi bahwa %1 sedang berjalan.%n%nTutup semua jendelanya sekarang, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.

; *** Startup questions
PrivilegesRequiredOverrideTitle=Pilih Mode Pemasangan
PrivilegesRequiredOverrideInstruction=Pilih mode pemasangan
PrivilegesRequiredOverrideText1=%1 dapat dipasang untuk semua pengguna (memerlukan hak administrator), atau hanya untuk Anda.
PrivilegesRequiredOverrideText2=%1 dapat dipasang hanya untuk Anda, atau untuk semua pengguna (memerlukan hak administrator).
PrivilegesRequiredOverrideAllUsers=Pasang untuk &semua pengguna
PrivilegesRequiredOverrideAllUsersRecommended=Pasang untuk &semua pengguna (disarankan)
PrivilegesRequiredOverrideCurrentUser=Pasang &hanya untuk saya
PrivilegesRequiredOverrideCurrentUserRecommended=Pasang &hanya untuk saya (disarankan)

; *** Misc. errors
ErrorCreatingDir=Program pemasang tidak dapat membuat folder "%1"
ErrorTooManyFilesInDir=Tidak dapat membuat berkas di folder "%1" karena isinya terlalu banyak

; *** Setup common messages
ExitSetupTitle=Keluar dari Pemasangan
ExitSetupMessage=Pemasangan belum selesai. Jika Anda keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan pemasangan ini lagi lain waktu untuk menyelesaikannya.%n%nKeluar dari pemasangan?
AboutSetupMenuItem=&Tentang Pemasangan...
AboutSetupTitle=Tentang Pemasangan
AboutSetupMessage=%1 versi %2%n%3%n%nSitus web %1:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &Semua
ButtonNo=&Tidak
ButtonNoToAll=T&idak untuk Semua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=&Telusuri...
ButtonNewFolder=&Buat Folder Baru

; *** "Select Language" dialog messages
SelectLanguageTitle=Pilih Bahasa Pemasangan
SelectLanguageLabel=Pilih bahasa yang dipakai selama pemasangan.

; *** Common wizard text
ClickNext=Klik Lanjut untuk melanjutkan, atau Batal untuk keluar dari pemasangan.
BeveledLabel=
BrowseDialogTitle=Pilih Folder
BrowseDialogLabel=Pilih folder dari daftar di bawah, lalu klik OK.
NewFolderName=Folder Baru

; *** "Welcome" wizard page
WelcomeLabel1=Selamat Datang di Pemasangan [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nSebaiknya tutup semua aplikasi lain sebelum melanjutkan.

; *** "Password" wizard page
WizardPassword=Kata Sandi
PasswordLabel1=Pemasangan ini dilindungi kata sandi.
PasswordLabel3=Masukkan kata sandi, lalu klik Lanjut untuk melanjutkan. Huruf besar dan huruf kecil dibedakan.
PasswordEditLabel=Kata &Sandi:
IncorrectPassword=Kata sandi yang Anda masukkan salah. Silakan coba lagi.

; *** "License Agreement" wizard page
WizardLicense=Perjanjian Lisensi
LicenseLabel=Bacalah informasi penting berikut sebelum melanjutkan.
LicenseLabel3=Bacalah Perjanjian Lisensi berikut. Anda harus menyetujui ketentuannya sebelum melanjutkan pemasangan.
LicenseAccepted=Saya &menerima perjanjian ini
LicenseNotAccepted=Saya &tidak menerima perjanjian ini

; *** "Information" wizard pages
WizardInfoBefore=Informasi
InfoBeforeLabel=Bacalah informasi penting berikut sebelum melanjutkan.
InfoBeforeClickLabel=Jika Anda sudah siap melanjutkan pemasangan, klik Lanjut.
WizardInfoAfter=Informasi
InfoAfterLabel=Bacalah informasi penting berikut sebelum melanjutkan.
InfoAfterClickLabel=Jika Anda sudah siap melanjutkan pemasangan, klik Lanjut.

; *** "User Information" wizard page
WizardUserInfo=Informasi Pengguna
UserInfoDesc=Masukkan data Anda.
UserInfoName=&Nama Pengguna:
UserInfoOrg=&Organisasi:
UserInfoSerial=Nomor &Seri:
UserInfoNameRequired=Anda harus memasukkan nama.

; *** "Select Destination Location" wizard page
WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=[name] akan dipasang di folder berikut.
SelectDirBrowseLabel=Untuk melanjutkan, klik Lanjut. Jika Anda ingin memilih folder lain, klik Telusuri.
DiskSpaceGBLabel=Diperlukan ruang disk kosong sedikitnya [gb] GB.
DiskSpaceMBLabel=Diperlukan ruang disk kosong sedikitnya [mb] MB.
CannotInstallToNetworkDrive=Program tidak dapat dipasang di drive jaringan.
CannotInstallToUNCPath=Program tidak dapat dipasang di jalur UNC.
InvalidPath=Anda harus memasukkan jalur lengkap dengan huruf drive, misalnya:%n%nC:\APP%n%natau jalur UNC dengan bentuk:%n%n\\server\share
InvalidDrive=Drive atau folder bersama UNC yang Anda pilih tidak ada atau tidak dapat dibuka. Pilih yang lain.
DiskSpaceWarningTitle=Ruang Disk Tidak Cukup
DiskSpaceWarning=Pemasangan memerlukan ruang kosong sedikitnya %1 KB, tetapi drive yang dipilih hanya memiliki %2 KB.%n%nTetap lanjutkan?
DirNameTooLong=Nama folder atau jalurnya terlalu panjang.
InvalidDirName=Nama folder tidak sah.
BadDirName32=Nama folder tidak boleh memuat karakter berikut:%n%n%1
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder itu?
DirDoesntExistTitle=Folder Tidak Ada
DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder itu?

; *** "Select Components" wizard page
WizardSelectComponents=Pilih Komponen
SelectComponentsDesc=Komponen mana yang akan dipasang?
SelectComponentsLabel2=Centang komponen yang ingin dipasang dan hapus centang pada yang tidak ingin dipasang. Klik Lanjut jika Anda sudah siap.
FullInstallation=Pemasangan lengkap
; 'Compact' is "ringkas" here, not "minimal"
CompactInstallation=Pemasangan ringkas
CustomInstallation=Pemasangan sesuai pilihan
NoUninstallWarningTitle=Komponen Sudah Ada
NoUninstallWarning=Komponen berikut sudah terpasang di komputer Anda:%n%n%1%n%nMembatalkan pilihan komponen ini tidak akan menghapusnya.%n%nTetap lanjutkan?
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=Pilihan saat ini memerlukan ruang disk sedikitnya [gb] GB.
ComponentsDiskSpaceMBLabel=Pilihan saat ini memerlukan ruang disk sedikitnya [mb] MB.

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa saja yang perlu dilakukan?
SelectTasksLabel2=Pilih tugas tambahan yang perlu dilakukan saat memasang [name], lalu klik Lanjut.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=Pilih Folder Menu Start
SelectStartMenuFolderDesc=Di mana pintasan program akan dibuat?
SelectStartMenuFolderLabel3=Pintasan program akan dibuat di folder menu Start berikut.
SelectStartMenuFolderBrowseLabel=Untuk melanjutkan, klik Lanjut. Jika Anda ingin memilih folder lain, klik Telusuri.
MustEnterGroupName=Anda harus memasukkan nama folder.
GroupNameTooLong=Nama folder atau jalurnya terlalu panjang.
InvalidGroupName=Nama folder tidak sah.
BadGroupName=Nama folder tidak boleh memuat karakter berikut:%n%n%1
NoProgramGroupCheck2=&Jangan buat folder menu Start

; *** "Ready to Install" wizard page
WizardReady=Siap Memasang
ReadyLabel1=Sekarang [name] siap dipasang di komputer Anda.
ReadyLabel2a=Klik Pasang untuk mulai memasang, atau klik Kembali jika Anda ingin memeriksa atau mengubah pengaturan.
ReadyLabel2b=Klik Pasang untuk mulai memasang.
ReadyMemoUserInfo=Informasi pengguna:
ReadyMemoDir=Lokasi tujuan:
ReadyMemoType=Jenis pemasangan:
ReadyMemoComponents=Komponen yang dipilih:
ReadyMemoGroup=Folder menu Start:
ReadyMemoTasks=Tugas tambahan:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=Mengunduh berkas tambahan...
ButtonStopDownload=&Hentikan unduhan
StopDownload=Anda yakin ingin menghentikan unduhan?
ErrorDownloadAborted=Unduhan dibatalkan
ErrorDownloadFailed=Unduhan gagal: %1 %2
ErrorDownloadSizeFailed=Gagal mengetahui ukuran: %1 %2
ErrorFileHash1=Gagal menghitung hash berkas: %1
ErrorFileHash2=Hash berkas tidak sah: seharusnya %1, ternyata %2
ErrorProgress=Kemajuan tidak sah: %1 dari %2
ErrorFileSize=Ukuran berkas tidak sah: seharusnya %1, ternyata %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=Mengekstrak berkas tambahan...
ButtonStopExtraction=&Hentikan ekstraksi
StopExtraction=Anda yakin ingin menghentikan ekstraksi?
ErrorExtractionAborted=Ekstraksi dibatalkan
ErrorExtractionFailed=Ekstraksi gagal: %1

; *** "Preparing to Install" wizard page
WizardPreparing=Bersiap Memasang
PreparingDesc=[name] sedang disiapkan untuk dipasang di komputer Anda.
PreviousInstallNotCompleted=Pemasangan atau penghapusan program sebelumnya belum selesai. Anda perlu memulai ulang komputer untuk menyelesaikannya.%n%nSetelah komputer dimulai ulang, jalankan pemasangan ini lagi untuk menyelesaikan pemasangan [name].
CannotContinue=Pemasangan tidak dapat dilanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Aplikasi berikut sedang memakai berkas yang perlu diperbarui oleh program pemasang. Sebaiknya izinkan program pemasang menutup aplikasi tersebut secara otomatis.
ApplicationsFound2=Aplikasi berikut sedang memakai berkas yang perlu diperbarui oleh program pemasang. Sebaiknya izinkan program pemasang menutup aplikasi tersebut secara otomatis. Setelah pemasangan selesai, program pemasang akan mencoba menjalankan kembali aplikasi tersebut.
CloseApplications=&Tutup aplikasi secara otomatis
DontCloseApplications=&Jangan tutup aplikasi
ErrorCloseApplications=Program pemasang tidak dapat menutup semua aplikasi secara otomatis. Sebelum melanjutkan, sebaiknya tutup semua aplikasi yang memakai berkas yang perlu diperbarui oleh program pemasang.
PrepareToInstallNeedsRestart=Program pemasang harus memulai ulang komputer Anda. Setelah komputer dimulai ulang, jalankan pemasangan ini lagi untuk menyelesaikan pemasangan [name].%n%nMulai ulang sekarang?

; *** "Installing" wizard page
WizardInstalling=Memasang
InstallingLabel=Tunggu sebentar, [name] sedang dipasang di komputer Anda.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=Pemasangan [name] Selesai
FinishedLabelNoIcons=[name] sudah selesai dipasang di komputer Anda.
FinishedLabel=[name] sudah selesai dipasang di komputer Anda. Aplikasi dapat dibuka melalui pintasan yang telah dibuat.
ClickFinish=Klik Selesai untuk keluar dari pemasangan.
FinishedRestartLabel=Untuk menyelesaikan pemasangan [name], komputer Anda harus dimulai ulang. Mulai ulang sekarang?
FinishedRestartMessage=Untuk menyelesaikan pemasangan [name], komputer Anda harus dimulai ulang.%n%nMulai ulang sekarang?
ShowReadmeCheck=Ya, saya ingin membaca berkas README
YesRadio=&Ya, mulai ulang komputer sekarang
NoRadio=&Tidak, saya akan memulai ulang komputer nanti
; used for example as 'Jalankan MyProg.exe'
RunEntryExec=Jalankan %1
; used for example as 'Lihat Readme.txt'
RunEntryShellExec=Lihat %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=Pemasangan Memerlukan Disk Berikutnya
SelectDiskLabel2=Masukkan Disk %1 lalu klik OK.%n%nJika berkas di disk ini ada di folder lain selain yang ditampilkan di bawah, masukkan jalur yang benar atau klik Telusuri.
PathLabel=&Lokasi:
FileNotInDir2=Berkas "%1" tidak ditemukan di "%2". Masukkan disk yang benar atau pilih folder lain.
SelectDirectoryLabel=Tentukan lokasi disk berikutnya.

; *** Installation phase messages
SetupAborted=Pemasangan tidak selesai.%n%nPerbaiki masalahnya, lalu jalankan pemasangan ini lagi.
AbortRetryIgnoreSelectAction=Pilih tindakan
AbortRetryIgnoreRetry=&Coba lagi
AbortRetryIgnoreIgnore=&Abaikan kesalahan dan lanjutkan
AbortRetryIgnoreCancel=Batalkan pemasangan

; *** Installation status messages
StatusClosingApplications=Menutup aplikasi...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Mengekstrak berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateIniEntries=Membuat entri INI...
StatusCreateRegistryEntries=Membuat entri registri...
StatusRegisterFiles=Mendaftarkan berkas...
StatusSavingUninstall=Menyimpan informasi penghapusan...
StatusRunProgram=Menyelesaikan pemasangan...
StatusRestartingApplications=Menjalankan kembali aplikasi...
StatusRollback=Membatalkan perubahan...

; *** Misc. errors
ErrorInternal2=Kesalahan internal: %1
ErrorFunctionFailedNoCode=%1 gagal
ErrorFunctionFailed=%1 gagal; kode %2
ErrorFunctionFailedWithMessage=%1 gagal; kode %2.%n%3
ErrorExecutingProgram=Tidak dapat menjalankan berkas:%n%1

; *** Registry errors
ErrorRegOpenKey=Kesalahan saat membuka kunci registri:%n%1\%2
ErrorRegCreateKey=Kesalahan saat membuat kunci registri:%n%1\%2
ErrorRegWriteKey=Kesalahan saat menulis ke kunci registri:%n%1\%2

; *** INI errors
ErrorIniEntry=Kesalahan saat membuat entri INI di berkas "%1".

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&Lewati berkas ini (tidak disarankan)
FileAbortRetryIgnoreIgnoreNotRecommended=&Abaikan kesalahan dan lanjutkan (tidak disarankan)
SourceIsCorrupted=Berkas sumber rusak
SourceDoesntExist=Berkas sumber "%1" tidak ada
ExistingFileReadOnly2=Berkas yang sudah ada tidak dapat diganti karena bersifat baca-saja.
ExistingFileReadOnlyRetry=&Hapus atribut baca-saja lalu coba lagi
ExistingFileReadOnlyKeepExisting=&Biarkan berkas yang sudah ada
ErrorReadingExistingDest=Terjadi kesalahan saat membaca berkas yang sudah ada:
FileExistsSelectAction=Pilih tindakan
FileExists2=Berkas ini sudah ada.
FileExistsOverwriteExisting=&Timpa berkas yang sudah ada
FileExistsKeepExisting=&Biarkan berkas yang sudah ada
FileExistsOverwriteOrKeepAll=&Lakukan hal yang sama untuk konflik berikutnya
ExistingFileNewerSelectAction=Pilih tindakan
ExistingFileNewer2=Berkas yang sudah ada lebih baru daripada berkas yang akan dipasang.
ExistingFileNewerOverwriteExisting=&Timpa berkas yang sudah ada
ExistingFileNewerKeepExisting=&Biarkan berkas yang sudah ada (disarankan)
ExistingFileNewerOverwriteOrKeepAll=&Lakukan hal yang sama untuk konflik berikutnya
ErrorChangingAttr=Terjadi kesalahan saat mengubah atribut berkas yang sudah ada:
ErrorCreatingTemp=Terjadi kesalahan saat membuat berkas di folder tujuan:
ErrorReadingSource=Terjadi kesalahan saat membaca berkas sumber:
ErrorCopying=Terjadi kesalahan saat menyalin berkas:
ErrorReplacingExistingFile=Terjadi kesalahan saat mengganti berkas yang sudah ada:
ErrorRestartReplace=RestartReplace gagal:
ErrorRenamingTemp=Terjadi kesalahan saat mengganti nama berkas di folder tujuan:
ErrorRegisterServer=Tidak dapat mendaftarkan DLL/OCX: %1
ErrorRegSvr32Failed=RegSvr32 gagal dengan kode keluar %1
ErrorRegisterTypeLib=Tidak dapat mendaftarkan pustaka tipe: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, Semua pengguna)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32-bit
UninstallDisplayNameMark64Bit=64-bit
UninstallDisplayNameMarkAllUsers=Semua pengguna
UninstallDisplayNameMarkCurrentUser=Pengguna saat ini

; *** Post-installation errors
ErrorOpeningReadme=Terjadi kesalahan saat membuka berkas README.
ErrorRestartingComputer=Program pemasang tidak dapat memulai ulang komputer. Silakan mulai ulang secara manual.

; *** Uninstaller messages
UninstallNotFound=Berkas "%1" tidak ada. Penghapusan tidak dapat dilakukan.
UninstallOpenError=Berkas "%1" tidak dapat dibuka. Penghapusan tidak dapat dilakukan
UninstallUnsupportedVer=Berkas log penghapusan "%1" memakai format yang tidak dikenali oleh versi program penghapus ini. Penghapusan tidak dapat dilakukan
UninstallUnknownEntry=Ditemukan entri yang tidak dikenal (%1) di log penghapusan
ConfirmUninstall=Anda yakin ingin menghapus %1 beserta semua komponennya?
UninstallOnlyOnWin64=Pemasangan ini hanya dapat dihapus di Windows 64-bit.
OnlyAdminCanUninstall=Pemasangan ini hanya dapat dihapus oleh pengguna dengan hak administrator.
UninstallStatusLabel=Tunggu sebentar, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 berhasil dihapus dari komputer Anda.
UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak dapat dihapus. Bagian tersebut dapat Anda hapus sendiri.
UninstalledAndNeedsRestart=Untuk menyelesaikan penghapusan %1, komputer Anda harus dimulai ulang.%n%nMulai ulang sekarang?
UninstallDataCorrupted=Berkas "%1" rusak. Penghapusan tidak dapat dilakukan

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=Hapus Berkas Bersama?
ConfirmDeleteSharedFile2=Menurut sistem, berkas bersama berikut tidak lagi dipakai oleh program mana pun. Hapus berkas bersama ini?%n%nJika masih ada program yang memakai berkas ini lalu berkas ini dihapus, program tersebut mungkin tidak berjalan dengan benar. Jika ragu, pilih Tidak. Membiarkan berkas ini tetap ada tidak akan menimbulkan masalah.
SharedFileNameLabel=Nama berkas:
SharedFileLocationLabel=Lokasi:
WizardUninstalling=Status Penghapusan
StatusUninstalling=Menghapus %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=Memasang %1.
ShutdownBlockReasonUninstallingApp=Menghapus %1.

; The custom messages below aren't used by Setup itself; Inno Setup's
; standard script entries (and kerinjing.iss) use them.

[CustomMessages]

NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
CreateQuickLaunchIcon=Buat pintasan &Quick Launch
ProgramOnTheWeb=Situs web %1
UninstallProgram=Hapus Pemasangan %1
LaunchProgram=Jalankan %1
AssocFileExtension=K&aitkan %1 dengan ekstensi berkas %2
AssocingFileExtension=Mengaitkan %1 dengan ekstensi berkas %2...
AutoStartProgramGroupDescription=Saat Windows dimulai:
AutoStartProgram=Jalankan %1 secara otomatis
AddonHostProgramNotFound=%1 tidak ditemukan di folder yang Anda pilih.%n%nTetap lanjutkan?
