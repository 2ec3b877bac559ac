; NSIS additions for the Sifely Front Desk installer (electron-builder `nsis.include`).
;
; Start at login is the desk account's own Run value (HKCU\Software\Microsoft\Windows\CurrentVersion\Run,
; value "SifelyFrontDesk"), written by the app itself (electron/main/login-item.ts). This installer is
; per-machine, so the uninstaller runs elevated: its own HKCU may be the hive of whoever approved UAC,
; not the desk's account. The value is therefore deleted by reg.exe started as the desktop's
; (non-elevated) user, the account the uninstall was started from, and only on a real uninstall:
; an upgrade also runs this uninstaller, with ${isUpdated} set, and must leave the value alone.
; The desk's data folder is never touched here (electron-builder.yml: deleteAppDataOnUninstall: false).
!macro customUnInstall
  ${ifNot} ${isUpdated}
    ${StdUtils.ExecShellAsUser} $0 "$SYSDIR\reg.exe" "open" 'delete "HKCU\Software\Microsoft\Windows\CurrentVersion\Run" /v "SifelyFrontDesk" /f'
  ${endIf}
!macroend
