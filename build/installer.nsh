; NSIS additions for the Sifely Front Desk installer (electron-builder `nsis.include`).
; The desk registers itself to start at Windows login (app.setLoginItemSettings, value name
; "SifelyFrontDesk" under HKCU\...\Run, see electron/main/index.ts). Uninstalling must remove that
; entry, or Windows keeps trying to start a program that is gone.
!macro customUnInstall
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "SifelyFrontDesk"
!macroend
