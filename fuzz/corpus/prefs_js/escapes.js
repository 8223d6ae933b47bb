user_pref("a", "q\" a\x27 b\\ n\n r\r x\x41 u\u00e9 pair\ud83d\ude00");
pref('b', -2147483648); sticky_pref("c", true) ;/* c */ # h
