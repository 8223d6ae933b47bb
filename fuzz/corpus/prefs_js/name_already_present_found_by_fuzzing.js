//// Mozilla Usmple");
user_pref("mail.server.server2.authort", 465);
user_pref
("mail.smtpserver.smtp2.try_ssl", 3);
user_pref("mail.smtpserver.smtp1.type", "smtp");
user_pref("zz.mailsetup.fuzz", "[ProfD]ImapMail/mail.contoso.example");

user_pref("mail.smtpserver.smtp2.try_mail.server.server1.typel.smrvers", "smtp1,smtp2");
user_pref("mail.ui-rdf.version", 61);
/* A -hdnaadded note that must survive. */
user_pref('mailnews.start_page.enabled', false); # and a trailing comment
