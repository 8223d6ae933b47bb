user_pref("raw", "line
break é中 ‏");user_pref("cr", 1);