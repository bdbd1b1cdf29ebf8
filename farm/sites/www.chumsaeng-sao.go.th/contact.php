<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>ติดต่อเรา - องค์การบริหารส่วนตำบลชุมแสง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>ข้อมูลการติดต่อ</h3><p>องค์การบริหารส่วนตำบลชุมแสง</p><p>ที่อยู่ หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210</p><p>โทรศัพท์ 038-666-120</p><p>โทรสาร 038-666-121</p><p>อีเมล saraban@chumsaeng-sao.go.th</p><iframe src="https://maps.google.com/maps?q=12.9912,101.5320&amp;output=embed" width="600" height="300" frameborder="0"></iframe>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลชุมแสง หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210</p><p>โทรศัพท์ 038-666-120 โทรสาร 038-666-121 อีเมล: saraban@chumsaeng-sao.go.th</p></font></td></tr>
</table></body></html>