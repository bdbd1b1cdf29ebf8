<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>คณะผู้บริหาร - องค์การบริหารส่วนตำบลชุมแสง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>คณะผู้บริหาร</h3><div class="person"><img src="images/person1.png" width="120"><p><b>นายชาตรี ทองมา</b><br>ตำแหน่ง นายกองค์การบริหารส่วนตำบลชุมแสง<br>โทร. 081-234-5671</p></div><div class="person"><img src="images/person2.png" width="120"><p><b>นายประเสริฐ ทองดี</b><br>ตำแหน่ง รองนายก<br>โทร. 089-456-1122</p></div><div class="person"><img src="images/person3.png" width="120"><p><b>นางวันเพ็ญ ศรีสุข</b><br>ตำแหน่ง ปลัดองค์การบริหารส่วนตำบลชุมแสง<br>โทร. 086-777-2301</p></div><div class="person"><img src="images/person4.png" width="120"><p><b>นางสาวกนกวรรณ มีสุข</b><br>ตำแหน่ง ผู้อำนวยการกองคลัง<br>โทร. 042-111-245</p></div>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลชุมแสง หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210</p><p>โทรศัพท์ 038-666-120 โทรสาร 038-666-121 อีเมล: saraban@chumsaeng-sao.go.th</p></font></td></tr>
</table></body></html>