# Installer settings for Windows and macOS, kept ready for maintainers on those platforms
# (not built or tested on the Debian machines of this project).
#
# This file is CPACK_PROJECT_CONFIG_FILE: cpack reads it when it runs, once per generator, so
# the NSIS commands below keep their quotes and backslashes as written. (Set at configure time,
# CPack would copy them into CPackConfig.cmake inside double quotes, and "\O" in a registry
# path would become an invalid escape.) @ICON_DIR@ is filled in by configure_file.
if(NOT CPACK_GENERATOR MATCHES "NSIS|WIX|Bundle|DragNDrop")
    return()
endif()

# Windows: NSIS installer with the file associations of the desktop entry.
set(CPACK_NSIS_DISPLAY_NAME "NPS Studio")
set(CPACK_NSIS_PACKAGE_NAME "NPS Studio")
set(CPACK_NSIS_MUI_ICON @ICON_DIR@/apps/npsstudio.ico) # rendered at build time
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/npsstudio.exe)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\$STARTMENU_FOLDER\\NPS Studio.lnk' '$INSTDIR\\bin\\npsstudio.exe'")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".npsdb" "" "NpsStudio.Project"
  WriteRegStr HKCR "NpsStudio.Project" "" "NPS Studio project"
  WriteRegStr HKCR "NpsStudio.Project\DefaultIcon" "" "$INSTDIR\bin\npsstudio.exe,0"
  WriteRegStr HKCR "NpsStudio.Project\shell\open\command" "" '"$INSTDIR\bin\npsstudio.exe" "%1"'
  WriteRegStr HKCR ".csv\OpenWithProgids" "NpsStudio.Project" ""
  WriteRegStr HKCR ".xlsx\OpenWithProgids" "NpsStudio.Project" ""
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR ".npsdb"
  DeleteRegKey HKCR "NpsStudio.Project"
  DeleteRegValue HKCR ".csv\OpenWithProgids" "NpsStudio.Project"
  DeleteRegValue HKCR ".xlsx\OpenWithProgids" "NpsStudio.Project"
]=])
# WiX alternative.
set(CPACK_WIX_UPGRADE_GUID "6B1C8D59-3A8E-4E55-9E3F-2D5C1A4B7E10")
set(CPACK_WIX_PRODUCT_ICON @ICON_DIR@/apps/npsstudio.ico)

# macOS: an application bundle whose Info.plist declares the document types.
set(CPACK_BUNDLE_NAME "NPS Studio")
set(CPACK_BUNDLE_PLIST @CMAKE_CURRENT_SOURCE_DIR@/macos/Info.plist)
# iconutil makes the .icns on macOS from the rendered PNGs (icons/apps/*/npsstudio.png).
set(CPACK_BUNDLE_ICON @ICON_DIR@/npsstudio.icns)
set(CPACK_DMG_VOLUME_NAME "NPS Studio")
