<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>ภาพกิจกรรม - องค์การบริหารส่วนตำบลชุมแสง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<ul><li><a href="gallery.php?id=1">ภาพกิจกรรม 1</a></li><li><a href="gallery.php?id=2">ภาพกิจกรรม 2</a></li><li><a href="gallery.php?id=3">ภาพกิจกรรม 3</a></li><li><a href="gallery.php?id=4">ภาพกิจกรรม 4</a></li><li><a href="gallery.php?id=5">ภาพกิจกรรม 5</a></li><li><a href="gallery.php?id=6">ภาพกิจกรรม 6</a></li><li><a href="gallery.php?id=7">ภาพกิจกรรม 7</a></li><li><a href="gallery.php?id=8">ภาพกิจกรรม 8</a></li></ul>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลชุมแสง หมู่ที่ 1 ตำบลชุมแสง อำเภอวังจันทร์ จังหวัดระยอง 21210</p><p>โทรศัพท์ 038-666-120 โทรสาร 038-666-121 อีเมล: saraban@chumsaeng-sao.go.th</p></font></td></tr>
</table></body></html>