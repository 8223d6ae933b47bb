#!/usr/bin/env python3
"""Thunderbird's own NSS from Python (ctypes), for the hand-off tests: an
independent second user of a profile's key store, in its own process.

    nss_tool.py TB_DIR KEY_DIR set-password NEW        # a Primary Password
    nss_tool.py TB_DIR KEY_DIR encrypt MECH TEXT       # MECH: aes | 3des; prints base64
    nss_tool.py TB_DIR KEY_DIR decrypt BASE64          # prints the text
    nss_tool.py TB_DIR KEY_DIR logins LOGINS_JSON      # prints origin, realm, user, secret per line

Loads the libraries from TB_DIR by absolute path, the ones libnss3 needs
first, as mailsetup does (thunderbird.md section 2.5).
"""
import base64
import ctypes
import json
import os
import sys

CKM_DES3_CBC = 0x133
CKM_AES_CBC = 0x1082


class SECItem(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_ubyte)), ("len", ctypes.c_uint)]


def load(tb_dir):
    for name in ["libmozsqlite3.so", "libnssutil3.so", "libfreeblpriv3.so", "libsoftokn3.so"]:
        path = os.path.join(tb_dir, name)
        if os.path.exists(path):
            ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)
    nss = ctypes.CDLL(os.path.join(tb_dir, "libnss3.so"), mode=ctypes.RTLD_GLOBAL)
    nss.PK11_GetInternalKeySlot.restype = ctypes.c_void_p
    for fn in ["PK11_NeedUserInit", "PK11_NeedLogin", "PK11_FreeSlot"]:
        getattr(nss, fn).argtypes = [ctypes.c_void_p]
    nss.PK11_InitPin.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    nss.PK11_ChangePW.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    nss.PK11SDR_EncryptWithMechanism.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(SECItem), ctypes.c_ulong, ctypes.POINTER(SECItem), ctypes.POINTER(SECItem), ctypes.c_void_p]
    nss.PK11SDR_Decrypt.argtypes = [ctypes.POINTER(SECItem), ctypes.POINTER(SECItem), ctypes.c_void_p]
    return nss


def check(status, what, nss):
    if status != 0:
        sys.exit(f"nss_tool: {what} failed (NSS error {nss.PORT_GetError()})")


def item(data):
    buffer = (ctypes.c_ubyte * len(data)).from_buffer_copy(data)
    return SECItem(0, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ubyte)), len(data)), buffer


def decrypt(nss, text):
    raw = base64.b64decode(text)
    source, _keep = item(raw)
    out = SECItem()
    check(nss.PK11SDR_Decrypt(ctypes.byref(source), ctypes.byref(out), None), "PK11SDR_Decrypt", nss)
    return bytes(out.data[: out.len]).decode("utf-8")


def main():
    tb_dir, key_dir, command, *args = sys.argv[1:]
    nss = load(tb_dir)
    check(nss.NSS_InitReadWrite(f"sql:{key_dir}".encode()), "NSS_InitReadWrite", nss)
    slot = nss.PK11_GetInternalKeySlot()
    if nss.PK11_NeedUserInit(slot):
        check(nss.PK11_InitPin(slot, None, None), "PK11_InitPin", nss)
    if command == "set-password":
        check(nss.PK11_ChangePW(slot, b"", args[0].encode()), "PK11_ChangePW", nss)
    elif command == "encrypt":
        mechanism = {"aes": CKM_AES_CBC, "3des": CKM_DES3_CBC}[args[0]]
        key_id = SECItem()
        plain, _keep = item(args[1].encode())
        out = SECItem()
        check(nss.PK11SDR_EncryptWithMechanism(slot, ctypes.byref(key_id), mechanism, ctypes.byref(plain), ctypes.byref(out), None),
              "PK11SDR_EncryptWithMechanism", nss)
        print(base64.b64encode(bytes(out.data[: out.len])).decode())
    elif command == "decrypt":
        print(decrypt(nss, args[0]))
    elif command == "logins":
        with open(args[0], encoding="utf-8") as f:
            store = json.load(f)
        for login in store["logins"]:
            user = decrypt(nss, login["encryptedUsername"])
            secret = decrypt(nss, login["encryptedPassword"])
            print("\t".join([login["hostname"], login.get("httpRealm") or "", user, secret]))
    else:
        sys.exit(f"nss_tool: unknown command {command}")
    nss.PK11_FreeSlot(slot)
    check(nss.NSS_Shutdown(), "NSS_Shutdown", nss)


if __name__ == "__main__":
    main()
