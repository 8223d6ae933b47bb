user_pref("", "iq\" a\r u\u08e9ai x\x41 u\u08e9 pair\ud83d\ude00");
/* c */ # h
