<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>Social Network - เทศบาลตำบลบ้านเป้า</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td><img src="images/menu.gif" width="780" height="30" border="0" usemap="#Map"><map name="Map"><area shape="rect" coords="0,0,90,30" href="index.htm"><area shape="rect" coords="90,0,180,30" href="executive.php"><area shape="rect" coords="180,0,270,30" href="news.php"><area shape="rect" coords="270,0,360,30" href="webboard.php"><area shape="rect" coords="360,0,450,30" href="contact.php"></map></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>Social Network</h3><p><a href="https://www.facebook.com/banpao.official">Facebook เทศบาลตำบลบ้านเป้า</a></p><p><a href="https://line.me/R/ti/p/@banpao">LINE Official Account</a></p>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>เทศบาลตำบลบ้านเป้า หมู่ที่ 2 ตำบลบ้านเป้า อำเภอเกาะคา จังหวัดลำปาง 52130</p><p>โทรศัพท์ 054-281-310 โทรสาร 054-281-311 อีเมล: saraban@banpao.go.th</p></font></td></tr>
</table></body></html>