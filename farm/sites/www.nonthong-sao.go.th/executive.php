<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>คณะผู้บริหาร - องค์การบริหารส่วนตำบลโนนทอง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td><img src="images/menu.gif" width="780" height="30" border="0" usemap="#Map"><map name="Map"><area shape="rect" coords="0,0,90,30" href="index.htm"><area shape="rect" coords="90,0,180,30" href="executive.php"><area shape="rect" coords="180,0,270,30" href="news.php"><area shape="rect" coords="270,0,360,30" href="webboard.php"></map></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>คณะผู้บริหาร</h3><div class="person"><img src="images/person1.png" width="120"><p><b>นายคำพันธ์ ศรีบุญ</b><br>ตำแหน่ง นายกองค์การบริหารส่วนตำบลโนนทอง<br>โทร. 081-234-5671</p></div><div class="person"><img src="images/person2.png" width="120"><p><b>นายประเสริฐ ทองดี</b><br>ตำแหน่ง รองนายก<br>โทร. 089-456-1122</p></div><div class="person"><img src="images/person3.png" width="120"><p><b>นางวันเพ็ญ ศรีสุข</b><br>ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลโนนทอง<br>โทร. 086-777-2301</p></div><div class="person"><img src="images/person4.png" width="120"><p><b>นางสาวกนกวรรณ มีสุข</b><br>ตำแหน่ง ผู้อำนวยการกองคลัง<br>โทร. 042-111-245</p></div>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลโนนทอง หมู่ที่ 7 ตำบลโนนทอง อำเภอน้ำพอง จังหวัดขอนแก่น 40140</p><p>โทรศัพท์ 043-441-520 โทรสาร 043-441-521 อีเมล: saraban@nonthong-sao.go.th</p><iframe src="https://maps.google.com/maps?q=16.6801,102.8512&amp;output=embed" width="600" height="300" frameborder="0"></iframe></font></td></tr>
</table></body></html>