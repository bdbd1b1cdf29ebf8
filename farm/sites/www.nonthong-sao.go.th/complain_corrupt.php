<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>แจ้งเรื่องร้องเรียนการทุจริต - องค์การบริหารส่วนตำบลโนนทอง</title></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/top.jpg" width="780" height="120"></td></tr>
<tr><td><img src="images/menu.gif" width="780" height="30" border="0" usemap="#Map"><map name="Map"><area shape="rect" coords="0,0,90,30" href="index.htm"><area shape="rect" coords="90,0,180,30" href="executive.php"><area shape="rect" coords="180,0,270,30" href="news.php"><area shape="rect" coords="270,0,360,30" href="webboard.php"></map></td></tr>
<tr><td bgcolor="#FFFFEE" valign="top"><font face="MS Sans Serif" size="2">
<h3>ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ</h3><p>ข้อมูลของผู้แจ้งจะถูกเก็บเป็นความลับ (แยกจากช่องทางร้องเรียนทั่วไป)</p><form method="post" action="complain_corrupt.php"><p>ชื่อผู้ร้องเรียน (ไม่ระบุก็ได้) <input name="name"></p><p>เจ้าหน้าที่ที่ถูกร้องเรียน <input name="officer"></p><p>รายละเอียดการทุจริต <textarea name="detail"></textarea></p><p>ช่องทางติดต่อกลับ <input name="contact"></p><input type="submit" value="ส่งเรื่องร้องเรียน"></form>
</font></td></tr>
<tr><td bgcolor="#336600" align="center"><font color="#FFFFFF" size="1"><p>องค์การบริหารส่วนตำบลโนนทอง หมู่ที่ 7 ตำบลโนนทอง อำเภอน้ำพอง จังหวัดขอนแก่น 40140</p><p>โทรศัพท์ 043-441-520 โทรสาร 043-441-521 อีเมล: saraban@nonthong-sao.go.th</p><iframe src="https://maps.google.com/maps?q=16.6801,102.8512&amp;output=embed" width="600" height="300" frameborder="0"></iframe></font></td></tr>
</table></body></html>