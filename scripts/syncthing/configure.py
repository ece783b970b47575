#!/usr/bin/env python3
"""Rewrites a freshly generated Syncthing config.xml for a closed test: loopback only, no discovery, relays, NAT,
STUN, upgrades, usage reports or crash reports; the other laptop introduced by ID and address; one shared folder.

    configure.py CONFIG GUI_PORT LISTEN_PORT API_KEY NAME OTHER_ID OTHER_NAME OTHER_PORT FOLDER_ID FOLDER_PATH
"""
import sys
import xml.etree.ElementTree as ET

(config, gui_port, listen_port, api_key, name, other_id, other_name, other_port, folder_id, folder_path) = sys.argv[1:]
tree = ET.parse(config)
root = tree.getroot()

own = root.find("device")
own.set("name", name)

gui = root.find("gui")
gui.find("address").text = "127.0.0.1:" + gui_port
gui.find("apikey").text = api_key

options = root.find("options")
settings = {
    "listenAddress": "tcp://127.0.0.1:" + listen_port,
    "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false", "relaysEnabled": "false",
    "natEnabled": "false", "autoUpgradeIntervalH": "0", "urAccepted": "-1", "crashReportingEnabled": "false",
    "startBrowser": "false", "stunKeepaliveStartS": "0", "announceLANAddresses": "false", "setLowPriority": "false",
    "reconnectionIntervalS": "1", "progressUpdateIntervalS": "1",
}
for key, value in settings.items():
    element = options.find(key)
    if element is None:
        element = ET.SubElement(options, key)
    element.text = value
for element in options.findall("globalAnnounceServer") + options.findall("stunServer"):
    options.remove(element)

other = ET.Element("device", {"id": other_id, "name": other_name, "compression": "metadata", "introducer": "false",
                              "skipIntroductionRemovals": "false", "introducedBy": ""})
ET.SubElement(other, "address").text = "tcp://127.0.0.1:" + other_port
ET.SubElement(other, "autoAcceptFolders").text = "false"
root.insert(list(root).index(own) + 1, other)

folder = ET.Element("folder", {"id": folder_id, "label": folder_id, "path": folder_path, "type": "sendreceive",
                               "rescanIntervalS": "3600", "fsWatcherEnabled": "false", "ignorePerms": "false",
                               "autoNormalize": "true"})
ET.SubElement(folder, "filesystemType").text = "basic"
for device_id in (own.get("id"), other_id):
    ET.SubElement(folder, "device", {"id": device_id, "introducedBy": ""})
ET.SubElement(folder, "minDiskFree", {"unit": "%"}).text = "0"
ET.SubElement(folder, "maxConflicts").text = "-1"
root.insert(0, folder)
tree.write(config)
